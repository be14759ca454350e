import type { TranslationLang } from '@nabij/library/contracts';
import type { ExerciseText } from './exercises';

/**
 * The printable exercises in Arabic, Turkish and Polish (issue 17), written for this project in plain
 * language (B1), not word for word. Each keeps the Dutch exercise's Markdown tables, row for row, so
 * the printed sheet is the same form to fill in with a pen.
 */
export const EXERCISE_TRANSLATIONS: Record<string, Record<TranslationLang, ExerciseText>> = {
  energiemeter: {
    ar: {
      title: 'مقياس الطاقة: ما الذي يعطيك طاقة، وما الذي يأخذها منك؟',
      summary: 'اكتب لمدة أسبوع ماذا فعلت وكيف شعرت بعد ذلك. هكذا ترى ما الذي يساعدك.',
      body: `## لماذا هذا التمرين؟

عندما تكون متعبًا أو تشعر بضغط كبير، يبدو أن كل شيء يأخذ نفس الطاقة. هذا في الغالب غير صحيح.
بعض الأشياء تأخذ منك طاقة كثيرة. وأشياء أخرى تعطيك طاقة من جديد. هذا المقياس يُريك الفرق.
بعد ذلك تستطيع أن تختار: ماذا تريد أن تفعل أكثر، وماذا أقل؟

## كيف تقوم به؟

1. اطبع هذه الورقة أو استعمل دفترًا.
2. اكتب كل يوم في المساء ماذا فعلت. ثلاثة أو أربعة أشياء تكفي.
3. أعطِ كل شيء رقمًا من **-5** (أخذ مني طاقة كثيرة جدًا) إلى **+5** (أعطاني طاقة كثيرة جدًا).
4. اكتب كيف شعرت. كلمة واحدة تكفي: متعب، سعيد، متوتر، هادئ.
5. بعد أسبوع، انظر إلى قائمتك مع المرشد الاجتماعي الذي يساعدك.

## أسبوعي

| اليوم | ماذا فعلت؟ | الرقم (من -5 إلى +5) | كيف شعرت؟ |
| --- | --- | --- | --- |
| الاثنين | | | |
| الثلاثاء | | | |
| الأربعاء | | | |
| الخميس | | | |
| الجمعة | | | |
| السبت | | | |
| الأحد | | | |

## بعد أسبوع

- ما الذي أعطاني أكثر طاقة؟ ____________________
- ما الذي أخذ مني أكثر طاقة؟ ____________________
- ماذا أريد أن أفعل مرة إضافية في الأسبوع القادم؟ ____________________
- ماذا أستطيع أن أفعل أقل في الأسبوع القادم، أو أطلبه من شخص آخر؟ ____________________

**نصيحة:** الأشياء الصغيرة مهمة أيضًا. كوب شاي في الشمس، أو مكالمة قصيرة مع صديقة، أو مشي لمدة
عشر دقائق قد يعطيك طاقة أكثر مما تظن.`,
    },
    tr: {
      title: 'Enerji ölçer: size ne enerji veriyor, ne enerjinizi alıyor?',
      summary: 'Bir hafta boyunca ne yaptığınızı ve sonra nasıl hissettiğinizi yazın. Böylece size neyin iyi geldiğini görürsünüz.',
      body: `## Bu alıştırma neden?

Yorgun olduğunuzda ya da çok stresiniz olduğunda, her şey aynı enerjiyi alıyor gibi gelir. Bu çoğu zaman
doğru değildir. Bazı şeyler çok enerji alır. Başka şeyler ise size enerji geri verir. Bu ölçer farkı
gösterir. Sonra seçebilirsiniz: neyi daha sık yapmak istiyorsunuz, neyi daha az?

## Nasıl yapılır?

1. Bu sayfayı yazdırın ya da bir defter kullanın.
2. Her akşam o gün ne yaptığınızı yazın. Üç ya da dört şey yeterli.
3. Her şeye **-5** (çok enerjimi aldı) ile **+5** (bana çok enerji verdi) arasında bir puan verin.
4. Nasıl hissettiğinizi yazın. Tek kelime yeterli: yorgun, mutlu, gergin, sakin.
5. Bir hafta sonra listenize sosyal danışmanınızla birlikte bakın.

## Benim haftam

| Gün | Ne yaptım? | Puan (-5 ile +5 arası) | Nasıl hissettim? |
| --- | --- | --- | --- |
| Pazartesi | | | |
| Salı | | | |
| Çarşamba | | | |
| Perşembe | | | |
| Cuma | | | |
| Cumartesi | | | |
| Pazar | | | |

## Bir hafta sonra

- Bana en çok enerjiyi ne verdi? ____________________
- En çok enerjimi ne aldı? ____________________
- Gelecek hafta neyi bir kez daha fazla yapmak istiyorum? ____________________
- Gelecek hafta neyi daha az yapabilirim ya da başka birinden isteyebilirim? ____________________

**İpucu:** küçük şeyler de önemlidir. Güneşte bir fincan çay, bir arkadaşla kısa bir telefon ya da on
dakikalık bir yürüyüş size düşündüğünüzden daha fazla enerji verebilir.`,
    },
    pl: {
      title: 'Miernik energii: co daje ci energię, a co ją zabiera?',
      summary: 'Przez tydzień zapisuj, co robisz i jak się potem czujesz. Tak zobaczysz, co ci pomaga.',
      body: `## Po co to ćwiczenie?

Kiedy jesteś zmęczony albo masz dużo stresu, wydaje się, że wszystko zabiera tyle samo energii.
Zwykle tak nie jest. Niektóre rzeczy zabierają dużo energii. Inne dają ci energię z powrotem. Ten
miernik pokazuje różnicę. Potem możesz wybrać: co chcesz robić częściej, a co rzadziej?

## Jak to zrobić?

1. Wydrukuj tę kartkę albo weź zeszyt.
2. Codziennie wieczorem zapisz, co robiłeś. Trzy albo cztery rzeczy wystarczą.
3. Daj każdej rzeczy ocenę od **-5** (zabrało bardzo dużo energii) do **+5** (dało bardzo dużo energii).
4. Zapisz, jak się czułeś. Jedno słowo wystarczy: zmęczony, wesoły, spięty, spokojny.
5. Po tygodniu obejrzyj swoją listę razem z twoim opiekunem (pracownikiem socjalnym).

## Mój tydzień

| Dzień | Co robiłem? | Ocena (od -5 do +5) | Jak się czułem? |
| --- | --- | --- | --- |
| Poniedziałek | | | |
| Wtorek | | | |
| Środa | | | |
| Czwartek | | | |
| Piątek | | | |
| Sobota | | | |
| Niedziela | | | |

## Po tygodniu

- Co dało mi najwięcej energii? ____________________
- Co zabrało mi najwięcej energii? ____________________
- Co chcę w przyszłym tygodniu zrobić jeden raz więcej? ____________________
- Co mogę w przyszłym tygodniu robić mniej albo o co mogę poprosić kogoś innego? ____________________

**Rada:** małe rzeczy też się liczą. Herbata na słońcu, krótka rozmowa z przyjaciółką przez telefon
albo dziesięć minut spaceru mogą dać ci więcej energii, niż myślisz.`,
    },
  },
  'turflijst-uitgaven': {
    ar: {
      title: 'قائمة المصاريف: أين يذهب مالك؟',
      summary: 'ضع خطًا صغيرًا لمدة أسبوع في كل مرة تدفع فيها شيئًا. هكذا ترى أين يذهب مالك.',
      body: `## لماذا هذا التمرين؟

كثير من الناس يعرفون كم من المال يدخل. لكن من الصعب غالبًا أن ترى أين يذهب المال بالضبط.
المبالغ الصغيرة خاصة لا ننتبه لها: سندويشة، مشروب، علبة تبغ.
بهذه القائمة ترى ذلك بعد أسبوع بوضوح على الورق. لا تحتاج أن تغيّر شيئًا. فقط انظر.

## كيف تقوم به؟

1. اطبع هذه الورقة وضعها في مكان ثابت، مثلًا على الثلاجة.
2. هل دفعت شيئًا؟ ضع خطًا صغيرًا في السطر الصحيح. واكتب المبلغ بجانبه.
3. احتفظ بالإيصالات في ظرف. هكذا تستطيع في المساء أن تضيف ما نسيته.
4. في نهاية الأسبوع اجمع كل شيء.
5. أحضر القائمة معك إلى موعدك. ننظر معًا أين تستطيع أن توفّر.

## مصاريفي هذا الأسبوع

| على ماذا؟ | الخطوط | المبالغ | المجموع |
| --- | --- | --- | --- |
| المشتريات (أكل، شرب) | | | € |
| في الطريق (سندويشة، قهوة، وجبة خفيفة) | | | € |
| التدخين أو الكحول | | | € |
| المواصلات (باص، بنزين، موقف سيارة) | | | € |
| الهاتف والاشتراكات | | | € |
| الملابس والأحذية | | | € |
| الأطفال (مدرسة، رياضة، نزهات) | | | € |
| شيء آخر: ____________ | | | € |
| **كل شيء معًا** | | | **€** |

## بعد أسبوع

- على ماذا ذهب أكثر المال؟ ____________________
- ما الذي فاجأني؟ ____________________
- أي مصروف أريد أن أنتبه له في الأسبوع القادم؟ ____________________

**انتبه:** هل عندك فواتير لا تستطيع دفعها؟ لا تنتظر. اتصل بنا أو راسلنا في الدردشة. كلما نظرنا
إليها معًا أبكر، استطعنا أن نفعل أكثر.`,
    },
    tr: {
      title: 'Harcama çetelesi: paranız nereye gidiyor?',
      summary: 'Bir hafta boyunca her ödeme yaptığınızda bir çizgi çekin. Böylece paranızın nereye gittiğini görürsünüz.',
      body: `## Bu alıştırma neden?

Birçok insan ne kadar para geldiğini bilir. Ama paranın tam olarak nereye gittiğini görmek çoğu zaman
zordur. Özellikle küçük tutarlar dikkat çekmez: bir sandviç, bir içecek, bir paket tütün. Bu çeteleyle
bir hafta sonra bunu açıkça kâğıt üzerinde görürsünüz. Hiçbir şeyi değiştirmeniz gerekmez. Sadece bakın.

## Nasıl yapılır?

1. Bu sayfayı yazdırın ve sabit bir yere koyun, örneğin buzdolabının üstüne.
2. Bir şey mi ödediniz? Doğru satıra bir çizgi çekin. Tutarı yanına yazın.
3. Fişlerinizi bir zarfta saklayın. Böylece akşam unuttuklarınızı ekleyebilirsiniz.
4. Haftanın sonunda hepsini toplayın.
5. Listeyi görüşmenize getirin. Nerede tasarruf edebileceğinize birlikte bakarız.

## Bu haftaki harcamalarım

| Ne için? | Çizgiler | Tutarlar | Toplam |
| --- | --- | --- | --- |
| Market alışverişi (yiyecek, içecek) | | | € |
| Dışarıda (sandviç, kahve, atıştırmalık) | | | € |
| Sigara ya da alkol | | | € |
| Ulaşım (otobüs, benzin, otopark) | | | € |
| Telefon ve abonelikler | | | € |
| Giysi ve ayakkabı | | | € |
| Çocuklar (okul, spor, geziler) | | | € |
| Başka bir şey: ____________ | | | € |
| **Hepsi birlikte** | | | **€** |

## Bir hafta sonra

- Paranın çoğu nereye gitti? ____________________
- Neye şaşırdım? ____________________
- Gelecek hafta hangi harcamaya dikkat etmek istiyorum? ____________________

**Dikkat:** ödeyemediğiniz faturalarınız mı var? O zaman beklemeyin. Bizi arayın ya da bizimle sohbet
edin. Ne kadar erken birlikte bakarsak, o kadar çok şey yapabiliriz.`,
    },
    pl: {
      title: 'Lista wydatków: na co idą twoje pieniądze?',
      summary: 'Przez tydzień stawiaj kreskę za każdym razem, gdy za coś płacisz. Tak zobaczysz, gdzie znikają twoje pieniądze.',
      body: `## Po co to ćwiczenie?

Wiele osób wie, ile pieniędzy dostaje. Ale trudno zobaczyć, na co dokładnie te pieniądze idą.
Szczególnie małych kwot nie widać: kanapka, napój, paczka tytoniu. Dzięki tej liście po tygodniu
zobaczysz to czarno na białym. Nie musisz niczego zmieniać. Tylko patrz.

## Jak to zrobić?

1. Wydrukuj tę kartkę i połóż ją w stałym miejscu, na przykład na lodówce.
2. Płacisz za coś? Postaw kreskę w dobrym wierszu. Zapisz obok kwotę.
3. Zbieraj paragony w kopercie. Wieczorem możesz dopisać to, o czym zapomniałeś.
4. Na koniec tygodnia dodaj wszystko.
5. Przynieś listę na spotkanie. Razem zobaczymy, gdzie możesz oszczędzić.

## Moje wydatki w tym tygodniu

| Na co? | Kreski | Kwoty | Razem |
| --- | --- | --- | --- |
| Zakupy (jedzenie, picie) | | | € |
| Poza domem (kanapka, kawa, przekąska) | | | € |
| Papierosy albo alkohol | | | € |
| Transport (autobus, benzyna, parking) | | | € |
| Telefon i abonamenty | | | € |
| Ubrania i buty | | | € |
| Dzieci (szkoła, sport, wyjścia) | | | € |
| Coś innego: ____________ | | | € |
| **Wszystko razem** | | | **€** |

## Po tygodniu

- Na co poszło najwięcej pieniędzy? ____________________
- Co mnie zaskoczyło? ____________________
- Na który wydatek chcę uważać w przyszłym tygodniu? ____________________

**Uwaga:** masz rachunki, których nie możesz zapłacić? Nie czekaj. Zadzwoń albo napisz do nas na
czacie. Im wcześniej razem na to spojrzymy, tym więcej możemy zrobić.`,
    },
  },
};
