import type { FaqText, TranslationLang } from '@nabij/library/contracts';

/**
 * Every FAQ entry in Arabic, Turkish and Polish (issue 17), found by its Dutch question. Written for
 * this project in plain language (B1), not word for word, in the tone of the portal's own texts
 * (informal "you"). Dutch names of services stay in Dutch, with a short explanation, because that is
 * what the reader will see on letters and websites. Phone numbers and addresses are the same as in
 * the Dutch text.
 */
export const FAQ_TRANSLATIONS: Record<string, Record<TranslationLang, FaqText>> = {
  'Kost de hulp van Nabij geld?': {
    ar: {
      question: 'هل تكلّف مساعدة Nabij مالًا؟',
      answer: 'لا. المساعدة مجانية. البلدية (gemeente) تدفع ثمنها. ولا تحتاج إلى إحالة من طبيب العائلة (huisarts).',
    },
    tr: {
      question: 'Nabij’in yardımı para ister mi?',
      answer: 'Hayır. Yardım ücretsizdir. Parasını belediyen (gemeente) öder. Aile doktorundan (huisarts) sevk de gerekmez.',
    },
    pl: {
      question: 'Czy pomoc Nabij kosztuje?',
      answer:
        'Nie. Pomoc jest bezpłatna. Płaci za nią twoja gmina (gemeente). Nie potrzebujesz też skierowania od lekarza rodzinnego (huisarts).',
    },
  },
  'Ik durf mijn post niet meer open te maken. Wat nu?': {
    ar: {
      question: 'أخاف أن أفتح رسائلي البريدية. ماذا أفعل؟',
      answer:
        'هذا يحدث لكثير من الناس الذين عليهم ديون. ضع كل الرسائل مغلقة في صندوق أو كيس. أحضرها معك إلى موعد معنا. نفتحها معًا ونكتب قائمة بما يجب فعله.',
    },
    tr: {
      question: 'Mektuplarımı açmaya artık cesaret edemiyorum. Ne yapayım?',
      answer:
        'Borcu olan birçok kişinin başına gelir. Bütün mektupları açmadan bir kutuya ya da çantaya koy. Bizimle görüşmeye getir. Onları birlikte açarız ve yapılması gerekenlerin bir listesini çıkarırız.',
    },
    pl: {
      question: 'Boję się otwierać listy. Co teraz?',
      answer:
        'To zdarza się wielu osobom z długami. Włóż wszystkie listy, nie otwierając ich, do pudełka albo torby. Przynieś je na spotkanie z nami. Otworzymy je razem i zrobimy listę tego, co trzeba załatwić.',
    },
  },
  'Wat is een betalingsregeling?': {
    ar: {
      question: 'ما هو ترتيب الدفع (betalingsregeling)؟',
      answer:
        'هو اتفاق مع شركة أو جهة رسمية على أن تدفع الدَّين على أجزاء صغيرة، مثلًا مبلغ ثابت كل شهر. اطلبه بمجرد أن تلاحظ أنك لا تستطيع أن تدفع المبلغ كله مرة واحدة.',
    },
    tr: {
      question: 'Ödeme planı (betalingsregeling) nedir?',
      answer:
        'Bir şirket ya da kurumla yapılan bir anlaşmadır: borcunu küçük parçalar hâlinde ödersin, örneğin her ay sabit bir miktar. Hepsini bir kerede ödeyemeyeceğini fark eder etmez iste.',
    },
    pl: {
      question: 'Co to jest plan spłaty (betalingsregeling)?',
      answer:
        'To umowa z firmą albo urzędem, że spłacasz dług w małych częściach, na przykład co miesiąc stałą kwotę. Poproś o nią, gdy tylko widzisz, że nie zapłacisz wszystkiego naraz.',
    },
  },
  'Wat doet een deurwaarder?': {
    ar: {
      question: 'ماذا يفعل المحضر القضائي (deurwaarder)؟',
      answer:
        'المحضر القضائي يجمع المال لصالح الدائن. أحيانًا يحق له أن يحجز على جزء من راتبك أو إعانتك أو أغراضك. لكن يبقى لك دائمًا جزء من دخلك لتعيش منه: الحد المحمي (beslagvrije voet). اتصل بالمحضر واطلب منه أن يشرح لك، واطلب ترتيبًا للدفع.',
    },
    tr: {
      question: 'İcra memuru (deurwaarder) ne yapar?',
      answer:
        'İcra memuru bir alacaklı için para toplar. Bazen maaşına, sosyal yardımına ya da eşyalarına haciz koyabilir. Ama gelirinin bir kısmı geçinmen için her zaman sende kalır: haczedilemeyen miktar (beslagvrije voet). İcra memurunu ara, açıklama ve bir ödeme planı iste.',
    },
    pl: {
      question: 'Co robi komornik (deurwaarder)?',
      answer:
        'Komornik ściąga pieniądze dla wierzyciela. Czasem może zająć część twojej pensji, zasiłku albo rzeczy. Zawsze zostaje ci jednak część dochodu na życie: kwota wolna od zajęcia (beslagvrije voet). Zadzwoń do komornika i poproś o wyjaśnienie i plan spłaty.',
    },
  },
  'Waar vind ik gratis hulp bij schulden?': {
    ar: {
      question: 'أين أجد مساعدة مجانية في الديون؟',
      answer:
        'في البلدية (gemeente): اسأل عن المساعدة في الديون (schuldhulpverlening). على موقع geldfit.nl تجد مساعدة قريبة منك. ويمكنك أيضًا أن تأتي إلينا؛ نذهب معك إلى مكتب المساعدة في الديون إذا أردت.',
    },
    tr: {
      question: 'Borçlar için ücretsiz yardımı nerede bulurum?',
      answer:
        'Belediyende (gemeente): borç yardımını (schuldhulpverlening) sor. geldfit.nl sitesinde yakınındaki yardımı bulursun. Bize de gelebilirsin; istersen borç yardımına seninle birlikte gideriz.',
    },
    pl: {
      question: 'Gdzie znajdę bezpłatną pomoc przy długach?',
      answer:
        'W swojej gminie (gemeente): zapytaj o pomoc w spłacie długów (schuldhulpverlening). Na stronie geldfit.nl znajdziesz pomoc blisko ciebie. Możesz też przyjść do nas; jeśli chcesz, pójdziemy z tobą do poradni długów.',
    },
  },
  'Heb ik recht op toeslagen?': {
    ar: {
      question: 'هل يحق لي الحصول على إعانات (toeslagen)؟',
      answer:
        'هذا يعتمد على دخلك وإيجارك وعائلتك. قم بحساب تجريبي على موقع toeslagen.nl، أو اتصل مجانًا بخط الضرائب BelastingTelefoon على الرقم 0800 0543. ويمكننا أيضًا أن نساعدك في تقديم الطلب.',
    },
    tr: {
      question: 'Ödeneklere (toeslagen) hakkım var mı?',
      answer:
        'Bu, gelirine, kirana ve ailene bağlıdır. toeslagen.nl sitesinde deneme hesabı yap ya da ücretsiz BelastingTelefoon’u (vergi hattı) ara: 0800 0543. Başvuruda sana biz de yardım edebiliriz.',
    },
    pl: {
      question: 'Czy mam prawo do dodatków (toeslagen)?',
      answer:
        'To zależy od twojego dochodu, czynszu i rodziny. Zrób obliczenie próbne na toeslagen.nl albo zadzwoń na bezpłatny numer urzędu skarbowego BelastingTelefoon: 0800 0543. Możemy też pomóc ci złożyć wniosek.',
    },
  },
  'Kunnen mijn partner en ik samen bij jullie komen?': {
    ar: {
      question: 'هل يمكنني أن آتي إليكم مع شريكي أو شريكتي؟',
      answer: 'نعم. يمكن للأخصائي الاجتماعي أن يتحدث معكما الاثنين. أحيانًا يكون من الأفضل أن نتحدث مع كل واحد وحده أولًا. نقرر ذلك معًا.',
    },
    tr: {
      question: 'Partnerimle birlikte size gelebilir miyiz?',
      answer:
        'Evet. Bir sosyal hizmet uzmanı ikinizle birlikte konuşabilir. Bazen önce ayrı ayrı konuşmak daha iyidir. Buna birlikte karar veririz.',
    },
    pl: {
      question: 'Czy mogę przyjść do was razem z partnerem lub partnerką?',
      answer:
        'Tak. Pracownik socjalny może porozmawiać z wami obojgiem. Czasem lepiej najpierw porozmawiać osobno. Decydujemy o tym razem.',
    },
  },
  'Wat is een ouderschapsplan?': {
    ar: {
      question: 'ما هي خطة الأبوة (ouderschapsplan)؟',
      answer:
        'هي خطة فيها اتفاقات عن الأطفال بعد الانفصال: أين يسكنون، ومن يعتني بهم ومتى، وكيف تتبادلان المعلومات، ومن يدفع ماذا. الوالدان المتزوجان أو المسجلان كشريكين (geregistreerd partners) يجب أن يكتبا هذه الخطة. وهي مفيدة أيضًا للوالدين الآخرين.',
    },
    tr: {
      question: 'Ebeveynlik planı (ouderschapsplan) nedir?',
      answer:
        'Ayrılıktan sonra çocuklarla ilgili anlaşmaları içeren bir plandır: nerede yaşayacaklar, kim ne zaman bakacak, bilgileri nasıl paylaşacaksınız ve kim neyi ödeyecek. Evli ve kayıtlı partner (geregistreerd partner) olan ebeveynler bu planı yapmak zorundadır. Diğer ebeveynler için de akıllıcadır.',
    },
    pl: {
      question: 'Co to jest plan rodzicielski (ouderschapsplan)?',
      answer:
        'To plan z ustaleniami o dzieciach po rozstaniu: gdzie mieszkają, kto i kiedy się nimi opiekuje, jak przekazujecie sobie informacje i kto za co płaci. Rodzice w małżeństwie i w zarejestrowanym związku partnerskim (geregistreerd partnerschap) muszą go sporządzić. Innym rodzicom też warto.',
    },
  },
  'Waar krijg ik juridisch advies bij een scheiding?': {
    ar: {
      question: 'أين أحصل على استشارة قانونية عند الطلاق؟',
      answer:
        'مكتب Het Juridisch Loket يعطي استشارة مجانية: اتصل على 0900 8020 أو انظر موقع juridischloket.nl. إذا كان دخلك منخفضًا، تدفع الحكومة جزءًا من تكاليف المحامي أو الوسيط (mediator).',
    },
    tr: {
      question: 'Boşanmada hukuki danışmanlığı nereden alırım?',
      answer:
        'Het Juridisch Loket (hukuk danışma bürosu) ücretsiz danışmanlık verir: 0900 8020’yi ara ya da juridischloket.nl sitesine bak. Gelirin düşükse avukat ya da arabulucu (mediator) masraflarının bir kısmını devlet öder.',
    },
    pl: {
      question: 'Gdzie dostanę poradę prawną przy rozwodzie?',
      answer:
        'Het Juridisch Loket (punkt porad prawnych) udziela bezpłatnych porad: zadzwoń pod 0900 8020 albo zajrzyj na juridischloket.nl. Jeśli masz niski dochód, państwo płaci część kosztów adwokata albo mediatora.',
    },
  },
  'Ik ben een ouder en loop vast. Mag ik dan ook bij jullie komen?': {
    ar: {
      question: 'أنا أب أو أم ولم أعد أعرف ماذا أفعل. هل يمكنني أن آتي إليكم؟',
      answer:
        'نعم. كثير من الآباء والأمهات يطلبون مساعدتنا، مثلًا بسبب الخلافات في البيت، أو طفل لا يسمع الكلام، أو قلق بشأن المدرسة. وننظر أيضًا إلى ما تحتاجه أنت كأب أو أم.',
    },
    tr: {
      question: 'Ben bir ebeveynim ve ne yapacağımı bilemiyorum. Size gelebilir miyim?',
      answer:
        'Evet. Birçok ebeveyn bizden yardım ister; örneğin evdeki kavgalar, söz dinlemeyen bir çocuk ya da okulla ilgili endişeler için. Bir ebeveyn olarak senin neye ihtiyacın olduğuna da bakarız.',
    },
    pl: {
      question: 'Jestem rodzicem i nie daję sobie rady. Czy mogę do was przyjść?',
      answer:
        'Tak. Wielu rodziców prosi nas o pomoc, na przykład przy kłótniach w domu, gdy dziecko nie słucha albo gdy martwią się o szkołę. Patrzymy też na to, czego ty potrzebujesz jako rodzic.',
    },
  },
  'Wat doet een schoolmaatschappelijk werker?': {
    ar: {
      question: 'ماذا يفعل الأخصائي الاجتماعي في المدرسة (schoolmaatschappelijk werker)؟',
      answer:
        'الأخصائي الاجتماعي في المدرسة يساعد التلاميذ والآباء عندما لا تسير الأمور جيدًا في البيت أو في المدرسة. يمكنك أن تتحدث معه عن التنمر، أو الضغط النفسي، أو وضعك في البيت، أو أي شيء آخر. اسأل المرشد (mentor) كيف تأخذ موعدًا.',
    },
    tr: {
      question: 'Okul sosyal hizmet uzmanı (schoolmaatschappelijk werker) ne yapar?',
      answer:
        'Okul sosyal hizmet uzmanı, evde ya da okulda işler iyi gitmediğinde öğrencilere ve ebeveynlere yardım eder. Zorbalık, stres, evdeki durumun ya da başka her şey hakkında konuşabilirsin. Nasıl randevu alacağını rehber öğretmenine (mentor) sor.',
    },
    pl: {
      question: 'Co robi szkolny pracownik socjalny (schoolmaatschappelijk werker)?',
      answer:
        'Szkolny pracownik socjalny pomaga uczniom i rodzicom, gdy coś nie idzie dobrze w domu albo w szkole. Możesz z nim porozmawiać o prześladowaniu, stresie, sytuacji w domu albo o czymkolwiek innym. Zapytaj wychowawcę (mentor), jak umówić się na spotkanie.',
    },
  },
  'Hoeveel schermtijd is normaal voor een kind?': {
    ar: {
      question: 'كم من الوقت أمام الشاشة طبيعي للطفل؟',
      answer:
        'لا يوجد رقم ثابت. انظر خاصة: هل ينام طفلك بما يكفي، ويتحرك، ويلتقي بأصدقائه، ويذهب إلى المدرسة؟ ضعوا اتفاقات معًا، واتركوا الهواتف خارج غرفة النوم في الليل.',
    },
    tr: {
      question: 'Bir çocuk için ne kadar ekran süresi normaldir?',
      answer:
        'Sabit bir sayı yok. Asıl çocuğunun yeterince uyuyup uyumadığına, hareket edip etmediğine, arkadaşlarıyla görüşüp görüşmediğine ve okula gidip gitmediğine bak. Birlikte kurallar koyun ve geceleri telefonları yatak odasının dışında tutun.',
    },
    pl: {
      question: 'Ile czasu przed ekranem to normalne dla dziecka?',
      answer:
        'Nie ma jednej liczby. Sprawdzaj przede wszystkim, czy dziecko dość śpi, rusza się, spotyka z przyjaciółmi i chodzi do szkoły. Ustalcie razem zasady, a w nocy trzymajcie telefony poza sypialnią.',
    },
  },
  'Hoe weet ik of ik te veel stress heb?': {
    ar: {
      question: 'كيف أعرف أن عندي ضغطًا نفسيًا (توترًا) أكثر من اللازم؟',
      answer:
        'من العلامات: النوم السيئ، وألم الرأس أو البطن، والغضب أو الحزن بسرعة، والنسيان، وعدم الرغبة في فعل أي شيء. هل عندك هذا منذ أسابيع؟ خذ الأمر بجدية وتحدث عنه.',
    },
    tr: {
      question: 'Çok fazla stresim olduğunu nasıl anlarım?',
      answer:
        'Belirtiler şunlardır: kötü uyumak, baş ya da karın ağrısı, çabuk sinirlenmek ya da üzülmek, unutkanlık ve hiçbir şey yapmak istememek. Bunlar haftalardır sürüyor mu? Ciddiye al ve bunu biriyle konuş.',
    },
    pl: {
      question: 'Skąd mam wiedzieć, że mam za dużo stresu?',
      answer:
        'Objawy to: zły sen, bóle głowy albo brzucha, szybka złość albo smutek, zapominanie i brak chęci do czegokolwiek. Masz to od tygodni? Potraktuj to poważnie i porozmawiaj o tym.',
    },
  },
  'Is een burn-out hetzelfde als overspannen zijn?': {
    ar: {
      question: 'هل الاحتراق النفسي (burn-out) هو نفس الإرهاق النفسي (overspannen)؟',
      answer:
        'هما متشابهان. الإرهاق النفسي يأتي غالبًا بعد فترة قصيرة وصعبة جدًا، وتتعافى منه عادة خلال بضعة أشهر. في الاحتراق النفسي تذهب طاقتك لمدة أطول وبشكل أعمق، والتعافي يأخذ غالبًا وقتًا أطول. طبيب العائلة (huisarts) يساعدك أن تعرف الفرق.',
    },
    tr: {
      question: 'Tükenmişlik (burn-out) ile aşırı yorgunluk (overspannen) aynı şey mi?',
      answer:
        'Birbirine benzerler. Aşırı yorgunluk çoğu zaman kısa ve yoğun bir dönemin ardından gelir; genellikle birkaç ay içinde iyileşirsin. Tükenmişlikte enerjin daha uzun süre ve daha derinden gider, iyileşmek de çoğu zaman daha uzun sürer. Farkı anlamana aile doktorun (huisarts) yardım edebilir.',
    },
    pl: {
      question: 'Czy wypalenie (burn-out) to to samo co przemęczenie (overspannen)?',
      answer:
        'Są do siebie podobne. Przemęczenie często przychodzi po krótkim, bardzo intensywnym okresie; zwykle dochodzisz do siebie w ciągu kilku miesięcy. Przy wypaleniu brakuje ci energii dłużej i mocniej, a powrót do zdrowia często trwa dłużej. Lekarz rodzinny (huisarts) pomoże ci odróżnić jedno od drugiego.',
    },
  },
  'Ik denk aan zelfdoding. Met wie kan ik praten?': {
    ar: {
      question: 'أفكر في الانتحار. مع من يمكنني أن أتحدث؟',
      answer:
        'اتصل مجانًا بخط 113 للوقاية من الانتحار (113 Zelfmoordpreventie): 0800 0113، ليلًا ونهارًا، أو تحدث في الدردشة على موقع 113.nl. هل أنت في خطر الآن؟ اتصل بـ 112. لست مضطرًا أن تحمل هذا وحدك.',
    },
    tr: {
      question: 'İntiharı düşünüyorum. Kiminle konuşabilirim?',
      answer:
        '113 İntiharı Önleme hattını (113 Zelfmoordpreventie) ücretsiz ara: 0800 0113, gece gündüz; ya da 113.nl üzerinden sohbet et. Hemen tehlike mi var? 112’yi ara. Bunu tek başına taşımak zorunda değilsin.',
    },
    pl: {
      question: 'Myślę o samobójstwie. Z kim mogę porozmawiać?',
      answer:
        'Zadzwoń bezpłatnie do 113 Zapobieganie Samobójstwom (113 Zelfmoordpreventie): 0800 0113, w dzień i w nocy, albo napisz na czacie na 113.nl. Jesteś w bezpośrednim niebezpieczeństwie? Zadzwoń pod 112. Nie musisz dźwigać tego sam ani sama.',
    },
  },
  'Ik voel me eenzaam. Is dat een reden om hulp te vragen?': {
    ar: {
      question: 'أشعر بالوحدة. هل هذا سبب لطلب المساعدة؟',
      answer:
        'نعم. الوحدة همّ حقيقي، ويمكن أن تجعلك حزينًا ومتعبًا. ننظر معًا إلى ما هو موجود في حيّك، ويمكننا أن نذهب معك في المرة الأولى إذا أردت.',
    },
    tr: {
      question: 'Kendimi yalnız hissediyorum. Bu, yardım istemek için bir sebep mi?',
      answer:
        'Evet. Yalnızlık gerçek bir dert ve seni mutsuz ve yorgun yapabilir. Mahallende neler olduğuna birlikte bakarız; istersen ilk seferinde seninle birlikte gelebiliriz.',
    },
    pl: {
      question: 'Czuję się samotny albo samotna. Czy to powód, żeby prosić o pomoc?',
      answer:
        'Tak. Samotność to prawdziwy problem i może sprawić, że czujesz się przygnębiony i zmęczony. Razem sprawdzimy, co jest w twojej okolicy, a za pierwszym razem możemy pójść z tobą, jeśli chcesz.',
    },
  },
  'Waar kan ik ’s nachts met iemand praten?': {
    ar: {
      question: 'أين يمكنني أن أتحدث مع أحد في الليل؟',
      answer:
        'في خط الاستماع De Luisterlijn يستمع إليك أحد، ليلًا ونهارًا ودون أن تذكر اسمك: 088 0767 000، أو الدردشة عبر deluisterlijn.nl. عمرك أقل من 18 سنة؟ اتصل بخط الأطفال De Kindertelefoon على 0800 0432.',
    },
    tr: {
      question: 'Geceleri biriyle nerede konuşabilirim?',
      answer:
        'De Luisterlijn’de (dinleme hattı) biri seni dinler; gece gündüz ve isim vermeden: 088 0767 000 ya da deluisterlijn.nl üzerinden sohbet. 18 yaşından küçük müsün? De Kindertelefoon’u (çocuk hattı) ara: 0800 0432.',
    },
    pl: {
      question: 'Gdzie mogę z kimś porozmawiać w nocy?',
      answer:
        'W De Luisterlijn (telefon zaufania) ktoś cię wysłucha, w dzień i w nocy, anonimowo: 088 0767 000 albo czat na deluisterlijn.nl. Masz mniej niż 18 lat? Zadzwoń do De Kindertelefoon (telefon dla dzieci): 0800 0432.',
    },
  },
  'Mijn verhuurder dreigt mij uit huis te zetten. Mag dat?': {
    ar: {
      question: 'صاحب البيت يهددني بالطرد من البيت. هل يحق له ذلك؟',
      answer:
        'لا يحق لصاحب البيت أن يطردك إلا إذا قرر القاضي ذلك. إذا وصلتك رسالة من المحكمة، فاذهب إلى الجلسة. اطلب استشارة مجانية من Het Juridisch Loket على 0900 8020، وتواصل معنا.',
    },
    tr: {
      question: 'Ev sahibim beni evden çıkarmakla tehdit ediyor. Buna hakkı var mı?',
      answer:
        'Ev sahibi seni ancak bir hâkim karar verirse evden çıkarttırabilir. Mahkemeden bir mektup gelirse duruşmaya git. Het Juridisch Loket’ten (hukuk danışma bürosu) ücretsiz danışmanlık al: 0900 8020. Bizimle de iletişime geç.',
    },
    pl: {
      question: 'Właściciel mieszkania grozi, że mnie wyrzuci. Czy wolno mu?',
      answer:
        'Właściciel może cię eksmitować tylko wtedy, gdy zdecyduje o tym sędzia. Jeśli dostaniesz list z sądu, idź na rozprawę. Weź bezpłatną poradę w Het Juridisch Loket (punkt porad prawnych): 0900 8020 i skontaktuj się z nami.',
    },
  },
  'Er zit schimmel in mijn huis. Wat kan ik doen?': {
    ar: {
      question: 'يوجد عفن في بيتي. ماذا يمكنني أن أفعل؟',
      answer:
        'أبلغ صاحب البيت كتابيًا، مع صور، وحدد له موعدًا أخيرًا للإصلاح. إذا لم يحدث شيء، يمكنك أن تتوجه إلى لجنة الإيجار (Huurcommissie). وفي الأثناء، هوِّ بيتك كل يوم ولا تطفئ التدفئة تمامًا.',
    },
    tr: {
      question: 'Evimde küf var. Ne yapabilirim?',
      answer:
        'Ev sahibine yazılı olarak, fotoğraflarla bildir ve onarım için bir son tarih ver. Bir şey olmazsa Kira Komisyonu’na (Huurcommissie) başvurabilirsin. Bu arada evini her gün havalandır ve ısıtmayı tamamen kapatma.',
    },
    pl: {
      question: 'W moim mieszkaniu jest pleśń. Co mogę zrobić?',
      answer:
        'Zgłoś to właścicielowi na piśmie, ze zdjęciami, i podaj termin naprawy. Jeśli nic się nie stanie, możesz zwrócić się do komisji czynszowej (Huurcommissie). W tym czasie codziennie wietrz mieszkanie i nie wyłączaj ogrzewania całkowicie.',
    },
  },
  'Ik heb geen vast adres. Kan ik toch hulp krijgen?': {
    ar: {
      question: 'ليس عندي عنوان ثابت. هل يمكنني مع ذلك أن أحصل على مساعدة؟',
      answer:
        'نعم. يمكن للأخصائي الاجتماعي أن يسجلك بدون عنوان ثابت أو بريد إلكتروني. تحصل بعد ذلك على رسالة فيها رمز لتسجيل الدخول. ونساعدك أيضًا في الحصول على عنوان بريدي (postadres) في البلدية.',
    },
    tr: {
      question: 'Sabit bir adresim yok. Yine de yardım alabilir miyim?',
      answer:
        'Evet. Bir sosyal hizmet uzmanı seni sabit adres ya da e-posta adresi olmadan kaydedebilir. Sonra giriş yapmak için kodlu bir mektup alırsın. Belediyeden posta adresi (postadres) almana da yardım ederiz.',
    },
    pl: {
      question: 'Nie mam stałego adresu. Czy mimo to dostanę pomoc?',
      answer:
        'Tak. Pracownik socjalny może cię zarejestrować bez stałego adresu i bez adresu e-mail. Dostaniesz wtedy list z kodem do logowania. Pomożemy ci też dostać adres pocztowy (postadres) w gminie.',
    },
  },
  'Wanneer moet ik een WW-uitkering aanvragen?': {
    ar: {
      question: 'متى يجب أن أطلب إعانة البطالة (WW-uitkering)؟',
      answer:
        'خلال أسبوع بعد آخر يوم عمل لك، عند مؤسسة UWV عبر موقع uwv.nl. إذا تأخرت في الطلب، قد تحصل على مبلغ أقل. لست متأكدًا هل يحق لك؟ قدّم الطلب على كل حال.',
    },
    tr: {
      question: 'İşsizlik ödeneğine (WW-uitkering) ne zaman başvurmalıyım?',
      answer:
        'Son iş gününden sonraki bir hafta içinde, UWV’ye uwv.nl üzerinden. Geç başvurursan daha az alabilirsin. Hakkın olup olmadığından emin değil misin? Yine de başvur.',
    },
    pl: {
      question: 'Kiedy mam złożyć wniosek o zasiłek dla bezrobotnych (WW-uitkering)?',
      answer:
        'W ciągu tygodnia po ostatnim dniu pracy, w UWV przez stronę uwv.nl. Jeśli złożysz wniosek za późno, możesz dostać mniej. Nie wiesz, czy masz prawo do zasiłku? Złóż wniosek mimo to.',
    },
  },
  'Moet ik een vaststellingsovereenkomst meteen tekenen?': {
    ar: {
      question: 'هل يجب أن أوقّع اتفاقية إنهاء العمل (vaststellingsovereenkomst) فورًا؟',
      answer:
        'لا. خذ وقتك واطلب أن يراجعها أحد أولًا، مثلًا Het Juridisch Loket (على 0900 8020) أو نقابتك. وبعد التوقيع لديك أسبوعان لتغيّر رأيك.',
    },
    tr: {
      question: 'Fesih sözleşmesini (vaststellingsovereenkomst) hemen imzalamak zorunda mıyım?',
      answer:
        'Hayır. Acele etme ve önce kontrol ettir, örneğin Het Juridisch Loket’e (0900 8020) ya da sendikana. İmzaladıktan sonra da fikrini değiştirmek için iki haftan var.',
    },
    pl: {
      question: 'Czy muszę od razu podpisać umowę o rozwiązaniu pracy (vaststellingsovereenkomst)?',
      answer:
        'Nie. Nie spiesz się i najpierw daj ją do sprawdzenia, na przykład w Het Juridisch Loket (0900 8020) albo w swoim związku zawodowym. Po podpisaniu masz jeszcze dwa tygodnie, żeby zmienić zdanie.',
    },
  },
  'Wat is bijzondere bijstand?': {
    ar: {
      question: 'ما هي المساعدة الخاصة (bijzondere bijstand)؟',
      answer:
        'هي مال من البلدية لتكاليف ضرورية لا تستطيع أن تدفعها بنفسك، مثل ثلاجة معطلة أو تكاليف الوصي المالي (bewindvoerder). أحيانًا يمكنك أن تحصل عليها حتى لو كان عندك عمل أو إعانة أخرى. قدّم الطلب في البلدية.',
    },
    tr: {
      question: 'Özel sosyal yardım (bijzondere bijstand) nedir?',
      answer:
        'Kendin ödeyemediğin gerekli masraflar için belediyeden gelen paradır; örneğin bozulan bir buzdolabı ya da mali vasinin (bewindvoerder) masrafları. Bazen bir işin ya da başka bir yardımın olsa bile alabilirsin. Belediyene başvur.',
    },
    pl: {
      question: 'Co to jest zasiłek specjalny (bijzondere bijstand)?',
      answer:
        'To pieniądze z gminy na konieczne wydatki, których nie możesz zapłacić sam, na przykład zepsutą lodówkę albo koszty kuratora finansowego (bewindvoerder). Czasem możesz go dostać nawet wtedy, gdy masz pracę albo inny zasiłek. Złóż wniosek w swojej gminie.',
    },
  },
  'Wat is Veilig Thuis?': {
    ar: {
      question: 'ما هو Veilig Thuis؟',
      answer:
        'Veilig Thuis هو مركز النصيحة والإبلاغ عن العنف في البيت وإساءة معاملة الأطفال. اتصل مجانًا على 0800 2000، ليلًا ونهارًا. يمكنك أن تطلب النصيحة دون أن تذكر اسمك، لنفسك أو لشخص آخر. في الخطر المباشر اتصل بـ 112.',
    },
    tr: {
      question: 'Veilig Thuis nedir?',
      answer:
        'Veilig Thuis, ev içi şiddet ve çocuk istismarı için danışma ve ihbar merkezidir. Gece gündüz ücretsiz olarak 0800 2000’i ara. Kendin ya da başkası için isim vermeden danışabilirsin. Hemen tehlike varsa 112’yi ara.',
    },
    pl: {
      question: 'Co to jest Veilig Thuis?',
      answer:
        'Veilig Thuis to punkt porad i zgłoszeń w sprawie przemocy domowej i krzywdzenia dzieci. Zadzwoń bezpłatnie pod 0800 2000, w dzień i w nocy. Możesz poprosić o radę anonimowo, dla siebie albo dla kogoś innego. W bezpośrednim niebezpieczeństwie dzwoń pod 112.',
    },
  },
  'Is het ook geweld als ik niet geslagen word?': {
    ar: {
      question: 'هل هو عنف أيضًا إذا لم يضربني أحد؟',
      answer:
        'نعم. التهديد، والإهانة، وأخذ مالك أو هاتفك، والتحكم فيك، وحبسك، وإجبارك على الجنس، كلها عنف أيضًا. لست متأكدًا؟ اتصل بـ Veilig Thuis على 0800 2000.',
    },
    tr: {
      question: 'Dövülmüyorsam bu da şiddet sayılır mı?',
      answer:
        'Evet. Tehdit etmek, aşağılamak, paranı ya da telefonunu almak, seni kontrol etmek, seni kapatmak ya da cinsel ilişkiye zorlamak da şiddettir. Emin değil misin? Veilig Thuis’i ara: 0800 2000.',
    },
    pl: {
      question: 'Czy to też przemoc, jeśli nikt mnie nie bije?',
      answer:
        'Tak. Grożenie, poniżanie, zabieranie pieniędzy albo telefonu, kontrolowanie, zamykanie cię i zmuszanie do seksu to też przemoc. Masz wątpliwości? Zadzwoń do Veilig Thuis: 0800 2000.',
    },
  },
  'Ziet iemand anders wat ik hier lees of zoek?': {
    ar: {
      question: 'هل يرى أحد آخر ما أقرؤه أو أبحث عنه هنا؟',
      answer:
        'نحن لا نحفظ ما تقرؤه أو تبحث عنه في المكتبة مع اسمك. لكن متصفحك قد يتذكر الصفحات التي زرتها. هل تستخدم جهازًا مشتركًا مع غيرك؟ استخدم نافذة خاصة، أو امسح السجل بعد ذلك.',
    },
    tr: {
      question: 'Burada ne okuduğumu ya da aradığımı başkası görür mü?',
      answer:
        'Kütüphanede ne okuduğunu ya da aradığını adınla birlikte saklamayız. Ama tarayıcın hangi sayfalara girdiğini hatırlayabilir. Ortak bir cihaz mı kullanıyorsun? Gizli pencere kullan ya da sonra geçmişini sil.',
    },
    pl: {
      question: 'Czy ktoś inny widzi, co tu czytam albo czego szukam?',
      answer:
        'Nie zapisujemy pod twoim nazwiskiem, co czytasz albo czego szukasz w bibliotece. Twoja przeglądarka może jednak pamiętać, jakie strony odwiedzasz. Korzystasz ze wspólnego urządzenia? Użyj okna prywatnego albo potem usuń historię.',
    },
  },
  'Hoe snel krijg ik antwoord op een bericht?': {
    ar: {
      question: 'متى أحصل على رد على رسالتي؟',
      answer:
        'يرد عليك أخصائي اجتماعي خلال 48 ساعة. في صفحة الرسائل (Berichten) ترى الموعد بالضبط. هل الأمر مستعجل؟ تعال إلى الدردشة في ساعات الدردشة، أو اتصل بـ 112 في الخطر المباشر.',
    },
    tr: {
      question: 'Bir mesaja ne kadar sürede cevap alırım?',
      answer:
        'Bir sosyal hizmet uzmanı 48 saat içinde cevap verir. Mesajlar (Berichten) sayfasında tam olarak ne zamana kadar olduğunu görürsün. Acil mi? Sohbet saatlerinde sohbete gel ya da hemen tehlike varsa 112’yi ara.',
    },
    pl: {
      question: 'Jak szybko dostanę odpowiedź na wiadomość?',
      answer:
        'Pracownik socjalny odpowie w ciągu 48 godzin. W Wiadomościach (Berichten) widzisz, do kiedy dokładnie. To pilne? Przyjdź na czat w godzinach czatu albo w bezpośrednim niebezpieczeństwie zadzwoń pod 112.',
    },
  },
  'Kan ik anoniem met jullie chatten?': {
    ar: {
      question: 'هل يمكنني أن أتحدث معكم في الدردشة دون أن أذكر اسمي؟',
      answer:
        'نعم. يمكنك أن تبدأ الدردشة دون اسم، فقط برمزك البريدي (postcode). هل تريد بعد ذلك أن تكمل مع مساعدة؟ عندها تنشئ حسابًا، ونحتفظ بالمحادثة معه.',
    },
    tr: {
      question: 'Sizinle isim vermeden sohbet edebilir miyim?',
      answer:
        'Evet. Önce sadece posta kodunla (postcode) isim vermeden sohbet edebilirsin. Sonra yardımla devam etmek mi istiyorsun? O zaman bir hesap açarsın ve konuşmayı hesabında saklarız.',
    },
    pl: {
      question: 'Czy mogę z wami anonimowo porozmawiać na czacie?',
      answer:
        'Tak. Najpierw możesz pisać anonimowo, podając tylko kod pocztowy (postcode). Chcesz potem dalej korzystać z pomocy? Wtedy zakładasz konto, a my zachowujemy z nim tę rozmowę.',
    },
  },
  'Mijn kind wil niet meer naar school. Wat kan ik doen?': {
    ar: {
      question: 'طفلي لا يريد أن يذهب إلى المدرسة. ماذا يمكنني أن أفعل؟',
      answer:
        'تحدث أولًا بهدوء مع طفلك عما يحدث: تنمر، أو ضغط نفسي، أو شيء في البيت؟ تواصل بسرعة مع المرشد (mentor). إذا بقي طفلك في البيت، يجب على المدرسة أن تُبلغ موظف التعليم الإلزامي (leerplichtambtenaar)؛ اعتبره مساعدة، وليس عقابًا.',
    },
    tr: {
      question: 'Çocuğum artık okula gitmek istemiyor. Ne yapabilirim?',
      answer:
        'Önce çocuğunla neler olduğunu sakin bir şekilde konuş: zorbalık mı, stres mi, evde bir şey mi? Rehber öğretmenle (mentor) hemen iletişime geç. Çocuğun evde kalırsa okul, zorunlu eğitim memurunu (leerplichtambtenaar) devreye sokmak zorundadır; bunu ceza olarak değil, yardım olarak gör.',
    },
    pl: {
      question: 'Moje dziecko nie chce chodzić do szkoły. Co mogę zrobić?',
      answer:
        'Najpierw spokojnie porozmawiaj z dzieckiem, co się dzieje: prześladowanie, stres, a może coś w domu? Szybko skontaktuj się z wychowawcą (mentor). Jeśli dziecko zostaje w domu, szkoła musi zawiadomić urzędnika ds. obowiązku szkolnego (leerplichtambtenaar); traktuj go jako pomoc, a nie karę.',
    },
  },
  'Mijn ex en ik maken steeds ruzie over de kinderen. Wie kan helpen?': {
    ar: {
      question: 'أنا وشريكي السابق نتشاجر دائمًا بسبب الأطفال. من يمكنه أن يساعد؟',
      answer:
        'الوسيط (mediator) يمكن أن يساعدكما لتتفقا معًا. إذا كان دخلك منخفضًا، تدفع الحكومة جزءًا من التكلفة. والأخصائي الاجتماعي يساعدك لتكون المحادثات أهدأ، مع وضع الأطفال في المقام الأول.',
    },
    tr: {
      question: 'Eski eşimle sürekli çocuklar yüzünden kavga ediyoruz. Kim yardım edebilir?',
      answer:
        'Bir arabulucu (mediator) birlikte anlaşmalar yapmanıza yardım edebilir. Gelirin düşükse masrafın bir kısmını devlet öder. Bir sosyal hizmet uzmanı da çocukları ön planda tutarak konuşmaların daha sakin geçmesine yardım eder.',
    },
    pl: {
      question: 'Ja i mój były partner albo moja była partnerka ciągle kłócimy się o dzieci. Kto może pomóc?',
      answer:
        'Mediator może pomóc wam razem coś ustalić. Przy niskim dochodzie państwo płaci część kosztów. Pracownik socjalny pomoże ci prowadzić rozmowy spokojniej, tak żeby dzieci były na pierwszym miejscu.',
    },
  },
};
