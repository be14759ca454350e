import type { TextMap } from '@nabij/platform/portal';

/** Turkish texts of `remindersTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const tr: TextMap = {
  'reminders.contact.title': 'Randevuların için hatırlatmalar',
  'reminders.contact.intro':
    "Bir randevudan bir gün ve iki saat önce e-postayla bir hatırlatma alırsın. SMS de ister misin? O zaman cep telefonu numaranı yaz. SMS'te sadece gün ve saat yazar; kiminle veya ne hakkında olduğu yazmaz.",
  'reminders.contact.mobile': 'Cep telefonu numaran',
  'reminders.contact.mobileHint': 'Örneğin: 06 12345678. SMS istemiyorsan boş bırak.',
  'reminders.contact.optIn': 'Hatırlatma olarak bana SMS de gönder',
  'reminders.contact.save': 'Kaydet',
  'reminders.contact.saved': 'Kaydedildi.',
  'reminders.contact.mobileInvalid':
    "Bu bir cep telefonu numarası değil. Hollanda'da cep telefonu numarası 06 ile başlar, örneğin 06 12345678.",
  'reminders.contact.needsMobile': 'Önce cep telefonu numaranı yaz. Sonra sana SMS gönderebiliriz.',
  'reminders.contact.back': 'Dosyama geri dön',
  'reminders.org.title': 'Hatırlatmalar ve gelinmeyen randevular',
  'reminders.org.intro':
    'Danışanlar bir randevudan bir gün ve iki saat önce e-postayla, isterlerse SMS ile de bir hatırlatma alır. Aşağıda, açmadan önce ve açtıktan sonra, danışan gelmediği için her ay kaç randevunun yapılamadığını görürsün.',
  'reminders.org.on': 'Hatırlatmalar {date} tarihinden beri açık.',
  'reminders.org.off': 'Hatırlatmalar kapalı.',
  'reminders.org.since': 'Şu tarihten itibaren açık',
  'reminders.org.sinceHint': 'Hatırlatmaların başladığı gün. Raporda o ay "sonra" olarak sayılır.',
  'reminders.org.switchOn': 'Aç',
  'reminders.org.switchOff': 'Kapat',
  'reminders.org.saved': 'Kaydedildi. Planlanmış randevular artık doğru hatırlatmaları alıyor.',
  'reminders.org.dateInvalid': 'Bir tarih seç.',
  'reminders.report.title': 'Aylara göre gelinmeyen randevular',
  'reminders.report.caption': 'Geldi veya gelmedi olarak işaretlenen randevular, aylara göre',
  'reminders.report.month': 'Ay',
  'reminders.report.attended': 'Geldi',
  'reminders.report.noShow': 'Gelmedi',
  'reminders.report.rate': 'Gelmedi (%)',
  'reminders.report.phase': 'Hatırlatmalar',
  'reminders.report.phaseOn': 'açık',
  'reminders.report.phaseOff': 'kapalı',
  'reminders.report.before': 'Açmadan önce: {rate} gelmedi ({total} randevudan {noShow}).',
  'reminders.report.after': 'Açtıktan sonra: {rate} gelmedi ({total} randevudan {noShow}).',
  'reminders.report.noData': 'veri yok',
  'reminders.error.load': 'Yükleme olmadı. Daha sonra tekrar dene.',
};
export default tr;
