import type { TranslationLang } from '@nabij/library/contracts';
import type { ArticleText } from '../library-content';

/**
 * Translations of the articles clients need most (issue 17): debts, stress and rent arrears, in
 * Arabic, Turkish and Polish. Written for this project in plain language (B1), not word for word:
 * Dutch names of services stay in Dutch, with a short explanation, because that is what the reader
 * will see on letters and websites. Phone numbers and addresses are the same as in the Dutch text.
 */
export const ARTICLE_TRANSLATIONS: Record<string, Partial<Record<TranslationLang, ArticleText>>> = {
  'schulden-wat-kun-je-zelf-doen': {
    ar: {
      title: 'الديون: ماذا يمكنك أن تفعل بنفسك؟',
      summary: 'هل عليك دَين، أو لا تستطيع دفع فواتيرك؟ لست وحدك في هذا. كلما بدأت أبكر، كان الحل أسهل.',
      body: `كثير من الناس في هولندا عليهم ديون. ربما تشعر بالخجل. لا داعي لذلك. لكن من المهم أن تتحرك بسرعة. الدَّين يكبر غالبًا إذا انتظرت، بسبب الفوائد والتكاليف الإضافية.

## ماذا يمكنك أن تفعل بنفسك؟

- **افتح رسائلك.** حتى لو كنت خائفًا منها. ضع كل الرسائل في كومة واحدة.
- **اكتب قائمة.** اكتب لمن عليك المال، وكم المبلغ، ومنذ متى.
- **اتصل بالدائن أو أرسل له رسالة.** اطلب ترتيبًا للدفع (betalingsregeling): مبلغ صغير كل شهر. شركات كثيرة توافق.
- **ادفع المصاريف الثابتة أولًا.** الإيجار والكهرباء والغاز والماء والتأمين الصحي لها الأولوية. هكذا تحافظ على بيتك وعلى العلاج.
- **لا تقترض لتدفع دَينًا.** سيصبح عليك دَينان بدل دَين واحد.

## أين تجد المساعدة؟

- على موقع [geldfit.nl](https://www.geldfit.nl) تقوم باختبار قصير. يبين لك أين تجد المساعدة قريبًا منك.
- البلدية (gemeente) تساعدك في الديون مجانًا. اسأل عن schuldhulpverlening (المساعدة في الديون).
- هل وصلتك رسالة من محضر قضائي (deurwaarder)؟ لا تنتظر. اتصل به واطلب أن يشرح لك ما يعني ذلك.

## متى تطلب منا المساعدة؟

هل الأمر صعب عليك وحدك، أو يجعلك قلقًا جدًا؟ أرسل لنا رسالة. يجلس معك أخصائي اجتماعي وينظر معك في رسائلك وأموالك. ويمكننا أن نذهب معك إلى مكتب المساعدة في الديون إذا أردت.`,
    },
    tr: {
      title: 'Borçlar: kendiniz ne yapabilirsiniz?',
      summary:
        'Borcunuz mu var, ya da faturalarınızı ödeyemiyor musunuz? Yalnız değilsiniz. Ne kadar erken başlarsanız, o kadar kolay olur.',
      body: `Hollanda'da birçok insanın borcu var. Belki utanıyorsunuz. Buna gerek yok. Ama hızlı davranmanız önemli. Beklerseniz borç genellikle büyür: faiz ve ek masraflar eklenir.

## Kendiniz ne yapabilirsiniz?

- **Mektuplarınızı açın.** Korksanız bile. Bütün mektupları bir yığın yapın.
- **Bir liste yapın.** Kime, ne kadar ve ne zamandan beri borcunuz olduğunu yazın.
- **Alacaklıyı arayın ya da e-posta gönderin.** Bir ödeme planı (betalingsregeling) isteyin: her ay küçük bir miktar. Birçok şirket kabul eder.
- **Önce sabit giderleri ödeyin.** Kira, elektrik ve doğalgaz, su ve sağlık sigortası önce gelir. Böylece evinizi ve sağlık hizmetinizi korursunuz.
- **Borç ödemek için borç almayın.** Yoksa bir yerine iki borcunuz olur.

## Nereden yardım alabilirsiniz?

- [geldfit.nl](https://www.geldfit.nl) sitesinde kısa bir test yapın. Size yakın yerde nereden yardım alabileceğinizi gösterir.
- Belediyeniz (gemeente) borçlar konusunda ücretsiz yardım eder. Schuldhulpverlening (borç danışmanlığı) isteyin.
- İcra memurundan (deurwaarder) mektup mu aldınız? Beklemeyin. İcra memurunu arayın ve ne anlama geldiğini sorun.

## Ne zaman bizden yardım istemelisiniz?

Tek başınıza yapamıyor musunuz, ya da bu sizi çok huzursuz mu ediyor? Bize bir mesaj gönderin. Bir sosyal hizmet uzmanı mektuplarınıza ve paranıza sizinle birlikte bakar. İsterseniz borç danışmanlığına sizinle birlikte gideriz.`,
    },
    pl: {
      title: 'Długi: co możesz zrobić sam?',
      summary: 'Masz dług albo nie możesz już płacić rachunków? Nie jesteś jedyną osobą. Im szybciej zaczniesz działać, tym łatwiej.',
      body: `Wiele osób w Holandii ma długi. Może się wstydzisz. Nie musisz. Ważne jest jednak, żeby działać szybko. Dług często rośnie, gdy czekasz, bo dochodzą odsetki i dodatkowe koszty.

## Co możesz zrobić sam?

- **Otwieraj listy.** Nawet jeśli się ich boisz. Połóż wszystkie listy na jednym stosie.
- **Zrób listę.** Zapisz, komu jesteś winien pieniądze, ile i od kiedy.
- **Zadzwoń albo napisz do wierzyciela.** Poproś o rozłożenie długu na raty (betalingsregeling): mała kwota co miesiąc. Wiele firm się zgadza.
- **Najpierw płać stałe opłaty.** Czynsz, prąd i gaz, woda i ubezpieczenie zdrowotne są najważniejsze. Tak zachowasz mieszkanie i opiekę zdrowotną.
- **Nie pożyczaj pieniędzy, żeby spłacić dług.** Wtedy będziesz mieć dwa długi.

## Gdzie możesz dostać pomoc?

- Na stronie [geldfit.nl](https://www.geldfit.nl) zrobisz krótki test. Zobaczysz, gdzie blisko ciebie możesz dostać pomoc.
- Twoja gmina (gemeente) pomaga z długami za darmo. Zapytaj o schuldhulpverlening (pomoc w spłacie długów).
- Dostałeś list od komornika (deurwaarder)? Nie czekaj. Zadzwoń do komornika i poproś o wyjaśnienie.

## Kiedy poprosić nas o pomoc?

Nie dajesz rady sam albo bardzo się tym martwisz? Wyślij nam wiadomość. Pracownik socjalny razem z tobą przejrzy listy i sprawy finansowe. Jeśli chcesz, pójdziemy z tobą do poradni ds. długów.`,
    },
  },
  'stress-herkennen-en-verminderen': {
    ar: {
      title: 'كيف تعرف التوتر وتخففه',
      summary: 'القليل من التوتر أمر عادي. لكن إذا استمر طويلًا، يتعب جسمك كثيرًا. هكذا تعرف التوتر وتفعل شيئًا ضده.',
      body: `التوتر هو رد فعل جسمك على الضغط. لوقت قصير هذا ليس سيئًا: يساعدك على إنجاز الأشياء. لكن إذا بقي الضغط، تصبح منهكًا.

## علامات التوتر الزائد

- النوم بشكل سيئ، أو النوم كثيرًا جدًا
- صداع، أو ألم في البطن، أو شد في الرقبة
- الغضب بسرعة أو البكاء بسرعة
- النسيان وصعوبة التركيز
- عدم الرغبة في فعل أي شيء

## ماذا يمكنك أن تفعل بنفسك؟

- **اكتب ما يسبب لك التوتر.** ما الذي يمكنك تغييره، وما الذي لا يمكنك تغييره؟
- **افعل شيئًا واحدًا في كل مرة.** اكتب قائمة صغيرة وضع علامة على ما أنهيته.
- **تحرك كل يوم.** المشي عشرين دقيقة يساعد.
- **تنفس بهدوء.** خذ نفسًا وأنت تعد إلى أربعة، احبسه وأنت تعد إلى أربعة، وأخرجه وأنت تعد إلى ستة. افعل ذلك بضع دقائق.
- **قل «لا» أكثر.** لست مضطرًا لفعل كل ما يطلبه منك الآخرون.
- **قلل من الكافيين (مثل القهوة) والكحول.** فهي تجعلك أكثر قلقًا وتنام أسوأ.

## متى تطلب منا المساعدة؟

هل يستمر التوتر منذ أسابيع، أو سببه مشاكل في المال أو العمل أو البيت؟ أرسل لنا رسالة. هل تفكر في الانتحار؟ اتصل مجانًا بالرقم 113: ‎0800 0113، أو تحدث معهم كتابةً على [113.nl](https://www.113.nl).`,
    },
    tr: {
      title: 'Stresi tanımak ve azaltmak',
      summary: 'Biraz stres normaldir. Ama uzun sürerse vücudunuz çok yorulur. Stresi böyle tanır ve onunla böyle baş edersiniz.',
      body: `Stres, vücudunuzun baskıya verdiği tepkidir. Kısa bir süre için bu kötü değildir: işlerinizi bitirmenize yardım eder. Ama baskı devam ederse tükenirsiniz.

## Çok fazla stresin işaretleri

- Kötü uyumak ya da çok fazla uyumak
- Baş ağrısı, karın ağrısı ya da gergin bir boyun
- Çabuk sinirlenmek ya da çabuk ağlamak
- Unutkanlık ve dikkatini toplayamamak
- Hiçbir şey yapmak istememek

## Kendiniz ne yapabilirsiniz?

- **Sizi neyin strese soktuğunu yazın.** Neyi değiştirebilirsiniz, neyi değiştiremezsiniz?
- **Aynı anda tek bir iş yapın.** Küçük bir liste yapın ve bitirdiklerinizi işaretleyin.
- **Her gün hareket edin.** Yirmi dakikalık bir yürüyüş bile iyi gelir.
- **Sakin nefes alın.** Dörde kadar sayarak nefes alın, dörde kadar tutun, altıya kadar sayarak verin. Bunu birkaç dakika yapın.
- **Daha sık hayır deyin.** Başkalarının istediği her şeyi yapmak zorunda değilsiniz.
- **Daha az kafein ve alkol.** Sizi daha huzursuz yapar ve daha kötü uyursunuz.

## Ne zaman bizden yardım istemelisiniz?

Stres haftalardır sürüyor mu, ya da para, iş veya evdeki sorunlardan mı geliyor? Bize bir mesaj gönderin. İntihar etmeyi mi düşünüyorsunuz? 113'ü ücretsiz arayın: 0800 0113, ya da [113.nl](https://www.113.nl) adresinden yazışın.`,
    },
    pl: {
      title: 'Jak rozpoznać i zmniejszyć stres',
      summary: 'Trochę stresu to normalne. Ale jeśli trwa długo, twoje ciało się wyczerpuje. Tak rozpoznasz stres i coś z nim zrobisz.',
      body: `Stres to reakcja twojego ciała na napięcie. Przez krótki czas to nic złego: pomaga ci coś skończyć. Ale jeśli napięcie zostaje, stajesz się wyczerpany.

## Sygnały, że stresu jest za dużo

- Źle śpisz albo śpisz bardzo dużo
- Ból głowy, ból brzucha albo napięty kark
- Szybko się złościsz albo szybko płaczesz
- Zapominasz rzeczy i nie możesz się skupić
- Nic ci się nie chce

## Co możesz zrobić sam?

- **Zapisz, co cię stresuje.** Co możesz zmienić, a czego nie?
- **Rób jedną rzecz naraz.** Zrób krótką listę i skreślaj to, co już zrobione.
- **Ruszaj się codziennie.** Nawet dwudziestominutowy spacer pomaga.
- **Oddychaj spokojnie.** Wdech na cztery, zatrzymaj na cztery, wydech na sześć. Rób tak przez kilka minut.
- **Częściej mów „nie”.** Nie musisz robić wszystkiego, o co proszą inni.
- **Mniej kofeiny i alkoholu.** Przez nie jesteś bardziej niespokojny i gorzej śpisz.

## Kiedy poprosić nas o pomoc?

Stres trwa już kilka tygodni albo jego powodem są problemy z pieniędzmi, pracą lub w domu? Wyślij nam wiadomość. Myślisz o samobójstwie? Zadzwoń bezpłatnie pod 113: 0800 0113 albo napisz na czacie na [113.nl](https://www.113.nl).`,
    },
  },
  'huurachterstand-wat-nu': {
    ar: {
      title: 'متأخرات الإيجار: ماذا الآن؟',
      summary: 'لا تستطيع دفع الإيجار؟ لا تنتظر. المؤجر لا يستطيع أن يخرجك من البيت بهذه السهولة، وهناك مساعدة.',
      body: `إذا لم تستطع دفع الإيجار ولو مرة واحدة، يصبح عليك متأخرات إيجار (huurachterstand). هذا دَين يكبر بسرعة. بعد بضعة أشهر يمكن أن يذهب المؤجر إلى المحكمة. لكن هناك مساعدة كثيرة، خاصة إذا بدأت مبكرًا.

## ماذا يمكنك أن تفعل بنفسك؟

- **تواصل فورًا مع المؤجر.** اشرح له ما يحدث، واطلب ترتيبًا للدفع (betalingsregeling).
- **ادفع إيجار هذا الشهر إذا استطعت.** هكذا لا تكبر المتأخرات.
- **تحقق من دعم الإيجار (huurtoeslag).** ربما تحصل على دعم أقل مما يحق لك، أو لا تحصل عليه أبدًا. انظر في موقع [toeslagen.nl](https://www.toeslagen.nl).
- **احتفظ بكل الرسائل.** رتب كل شيء: رسائل المؤجر، أو المحضر القضائي (deurwaarder)، أو المحكمة.

## من المفيد أن تعرف

شركات الإسكان (woningcorporaties) تبلغ البلدية غالبًا عن متأخرات الإيجار. عندها يتصل بك شخص من البلدية ليساعدك. اقبل هذه المساعدة.

لا يمكن إخراجك من البيت إلا إذا قررت المحكمة ذلك. هل وصلتك رسالة من المحكمة؟ اذهب إلى الجلسة، حتى لو كنت خائفًا. مكتب الاستشارة القانونية (Juridisch Loket) يعطيك نصيحة مجانية: ‎0900 8020.

## متى تطلب منا المساعدة؟

هل عليك ديون أخرى أيضًا، أو لا تعرف كيف تتكلم مع المؤجر؟ أرسل لنا رسالة. سنساعدك بسرعة، لأن كل أسبوع مهم عندما يتعلق الأمر بالإيجار.`,
    },
    tr: {
      title: 'Kira borcu: şimdi ne olacak?',
      summary: 'Kiranızı ödeyemiyor musunuz? Beklemeyin. Ev sahibi sizi öyle kolayca evden çıkaramaz ve yardım var.',
      body: `Kiranızı bir kez bile ödeyemezseniz, kira borcunuz (huurachterstand) olur. Bu hızla büyüyen bir borçtur. Birkaç ay sonra ev sahibi mahkemeye gidebilir. Ama özellikle erken davranırsanız çok yardım var.

## Kendiniz ne yapabilirsiniz?

- **Hemen ev sahibinizle iletişime geçin.** Durumu anlatın ve bir ödeme planı (betalingsregeling) isteyin.
- **Yapabiliyorsanız bu ayın kirasını ödeyin.** Böylece borç daha fazla büyümez.
- **Kira yardımınızı (huurtoeslag) kontrol edin.** Belki çok az alıyorsunuz ya da hiç almıyorsunuz. [toeslagen.nl](https://www.toeslagen.nl) adresine bakın.
- **Mektupları saklayın.** Her şeyi düzenleyin: ev sahibinden, icra memurundan (deurwaarder) ya da mahkemeden gelen mektuplar.

## Bilmeniz iyi olur

Konut şirketleri (woningcorporaties) kira borcunu çoğu zaman belediyeye bildirir. O zaman belediyeden biri size yardım etmek için sizinle iletişime geçer. Bu yardıma evet deyin.

Sizi evden ancak mahkeme karar verirse çıkarabilirler. Mahkemeden mektup mu aldınız? Korksanız bile duruşmaya gidin. Juridisch Loket (hukuk danışma bürosu) ücretsiz tavsiye verir: 0900 8020.

## Ne zaman bizden yardım istemelisiniz?

Başka borçlarınız da mı var, ya da ev sahibinizle nasıl konuşacağınızı bilmiyor musunuz? Bize bir mesaj gönderin. Size hızlı yardım ederiz, çünkü kira konusunda her hafta önemlidir.`,
    },
    pl: {
      title: 'Zaległości w czynszu: co teraz?',
      summary: 'Nie możesz zapłacić czynszu? Nie czekaj. Wynajmujący nie może cię tak po prostu wyrzucić z mieszkania, a pomoc jest.',
      body: `Jeśli choć raz nie zapłacisz czynszu, masz zaległość w czynszu (huurachterstand). To dług, który szybko rośnie. Po kilku miesiącach wynajmujący może pójść do sądu. Ale pomocy jest dużo, zwłaszcza gdy zaczniesz wcześnie.

## Co możesz zrobić sam?

- **Od razu skontaktuj się z wynajmującym.** Wyjaśnij, co się dzieje, i poproś o rozłożenie długu na raty (betalingsregeling).
- **Jeśli możesz, zapłać czynsz za ten miesiąc.** Wtedy zaległość nie będzie rosła.
- **Sprawdź dodatek mieszkaniowy (huurtoeslag).** Może dostajesz za mało albo nie dostajesz go wcale. Zobacz na [toeslagen.nl](https://www.toeslagen.nl).
- **Zachowuj listy.** Uporządkuj wszystko: listy od wynajmującego, komornika (deurwaarder) albo sądu.

## Dobrze wiedzieć

Spółdzielnie mieszkaniowe (woningcorporaties) często zgłaszają zaległości w czynszu do gminy. Wtedy ktoś z gminy kontaktuje się z tobą, żeby pomóc. Zgódź się na tę pomoc.

Eksmisja jest możliwa tylko wtedy, gdy zdecyduje o niej sąd. Dostałeś list z sądu? Idź na rozprawę, nawet jeśli się boisz. Juridisch Loket (bezpłatna porada prawna) udziela darmowych porad: 0900 8020.

## Kiedy poprosić nas o pomoc?

Masz też inne długi albo nie wiesz, jak rozmawiać z wynajmującym? Wyślij nam wiadomość. Pomożemy ci szybko, bo przy czynszu liczy się każdy tydzień.`,
    },
  },
};
