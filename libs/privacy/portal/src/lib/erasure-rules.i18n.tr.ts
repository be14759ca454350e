import type { TextMap } from '@nabij/platform/portal';

/** Turkish texts of `erasureRuleTexts`: exactly the Dutch keys, in plain words (B1). */
const tr: TextMap = {
  'privacy.erasure.account.what':
    'Adın, e-posta adresin, doğum tarihin ve posta kodun silinir; sana gönderdiğimiz e-postaların bizdeki kopyaları da. Sonra artık giriş yapamazsın. Bütün cihazlarda çıkış yapılır.',
  'privacy.erasure.account.why': 'İsimsiz, boş bir hesap kalır. Bu gerekli, çünkü zaman kaydı ve süreç (traject) ona bağlı.',
  'privacy.erasure.dossier.what':
    'Dosyan: hedefler, raporlar ve cevaplar, randevular, danışmanına (hulpverlener) sorduğun istekler, belgeler (dosyalar da) ve kendi notların.',
  'privacy.erasure.dossier.why': 'Bu silinebilir: artık kimsenin ona ihtiyacı yok.',
  'privacy.erasure.messages.what': 'Seninle danışmanın arasındaki bütün mesajlar, ekleriyle birlikte.',
  'privacy.erasure.messages.why': 'Bu silinebilir. Sadece cevabın 48 saat içinde gelip gelmediğini tutarız, içerik olmadan.',
  'privacy.erasure.chat.what': 'Sohbetlerde söylenenler ve bir sohbette verdiğin e-posta adresi, posta kodu ve doğum tarihi.',
  'privacy.erasure.chat.why': 'Bu silinebilir. Her sohbetin tarihi ve süresi kalır, içerik olmadan.',
  'privacy.erasure.video.what':
    'Görüntülü görüşme bildirimleri ve görüşmelerine bir tercüman veya meslektaş için gönderilen davetler. Görüntülü görüşmelerden hiçbir zaman görüntü veya ses kaydedilmedi.',
  'privacy.erasure.video.why': 'Bu silinebilir. Zaman kaydı için sadece görüşmenin ne zaman olduğu ve ne kadar sürdüğü kalır.',
  'privacy.erasure.reminders.what':
    'Cep telefonu numaran, hatırlatmaları SMS ile isteyip istemediğin ve sana gönderdiğimiz SMS hatırlatmalarının bizdeki kopyaları.',
  'privacy.erasure.reminders.why': 'Bu silinebilir: sadece sana randevularını hatırlatmak içindi.',
  'privacy.erasure.trainings.what': 'Eğitimlerdeki cevapların: ödevler, günlük, öz testler, hedeflerin ve eğitmeninin geri bildirimi.',
  'privacy.erasure.trainings.why': 'Bu silinebilir. Katıldığın ve ne kadar ilerlediğin, içerik olmadan saklanır.',
  'privacy.erasure.self_tests.what': 'Kendin sakladığın öz test sonuçları, cevaplarınla birlikte.',
  'privacy.erasure.self_tests.why': 'Bu silinebilir: onları sadece sen kullanıyorsun.',
  'privacy.erasure.guardians.what':
    "Nabij'de anne baban veya bakıcılarınla olan bağlantı, neleri görebildikleri, senin iznin ve onlarla danışmanın arasındaki mesajlar.",
  'privacy.erasure.guardians.why': 'Bu silinebilir. Ebeveynin kendi hesabını korur, ama artık aldığın yardımdan hiçbir şey görmez.',
  'privacy.erasure.my_library.what':
    'Kütüphanemde olanlar: danışmanının seninle paylaştıkları (notlarıyla birlikte) ve kendi sakladıkların.',
  'privacy.erasure.my_library.why': 'Bu silinebilir: sadece senin için.',
  'privacy.erasure.forum.what':
    'Forumdaki takma adın ve bütün mesajlarının metni. Senin başlattığın bir konuşma, cevaplarıyla birlikte kaybolur.',
  'privacy.erasure.forum.why': 'Bu silinebilir: forum, yardım veya hesap verme için gerekli değil.',
  'privacy.erasure.library_questions.what':
    'Kayıt olmadan önce sorduğun isimsiz soru, cevabıyla birlikte. Kayıt olduğundan beri dosyana ait.',
  'privacy.erasure.library_questions.why': 'Bu silinebilir. Zaman kaydında sadece bir cevap olduğu sayılır.',
  'privacy.erasure.outreach.what': 'Bir arama listesinde olduğun, telefon görüşmelerinin nasıl geçtiği ve onlarda ne cevap verdiğin.',
  'privacy.erasure.outreach.why': 'Bu silinebilir: arama turlarının haftalık özeti sadece sayılar gösterir, isim göstermez.',
  'privacy.erasure.cases.what':
    'Süreç (traject) içerik olmadan saklanır: ne zaman başladığı ve bittiği, hangi belediyenin ödediği ve ne tür bir yardım olduğu.',
  'privacy.erasure.cases.why':
    'Yardımın parasını belediye öder. Ne kadar yardım verdiğimizi gösterebilmemiz gerekir (finansöre hesap verme).',
  'privacy.erasure.postcode_check.what': 'Kayıt olurken yaptığın posta kodu kontrolü. Ondan sonra artık senin adına değil.',
  'privacy.erasure.postcode_check.why': 'Hangi belediyeden kaç kişinin bizi bulduğunu sayarız. Bunun için adına ihtiyaç yok.',
  'privacy.erasure.time.what': 'Zaman kaydı: danışmanının hangi tür iletişime kaç dakika harcadığı. İçinde içerik yok.',
  'privacy.erasure.time.why': 'Yardımın parasını ödeyen belediyeye hesap vermek için gerekli. Artık adınla bağlantılı değil.',
  'privacy.erasure.access_log.what':
    'Erişim kaydı: bilgilerine kimin ne zaman baktığı veya onları değiştirdiği. Senin kullandığın IP adresi ve tarayıcı silinir.',
  'privacy.erasure.access_log.why':
    'Yasa (NEN 7513) bunun 5 yıl saklanmasını ister. Böylece kimsenin sebepsiz yere bilgilerine bakmadığı her zaman kontrol edilebilir.',
};

export default tr;
