import type { TextMap } from '@nabij/platform/portal';

/** Turkish texts of `accountTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const tr: TextMap = {
  'account.forgot.link': 'Şifreni mi unuttun?',
  'account.forgot.title': 'Şifremi unuttum',
  'account.forgot.intro': 'E-posta adresini yaz. Sana bağlantı olan bir e-posta göndeririz. Bu bağlantıyla yeni bir şifre seçersin.',
  'account.forgot.loginName':
    'E-posta adresi olmadan, kullanıcı adıyla mı giriş yapıyorsun? O zaman danışmanından (hulpverlener) yeni bir kod iste.',
  'account.forgot.email': 'E-posta adresi',
  'account.forgot.submit': 'Bana bağlantı gönder',
  'account.forgot.sent':
    'Bu adrese ait bir hesap varsa {email} adresine bir e-posta gönderdik. Bağlantı 1 saat çalışır. E-posta gelmedi mi? Spam klasörüne bak.',
  'account.forgot.toLogin': 'Girişe geri dön',
  'account.reset.title': 'Yeni şifre seç',
  'account.reset.intro': 'Yeni bir şifre seç. Sonra bütün cihazlarda çıkış yapmış olursun ve tekrar giriş yaparsın.',
  'account.reset.password': 'Yeni şifre',
  'account.reset.hint': 'Tahmin edilmesi zor bir şey seç, örneğin birbiriyle ilgisi olmayan üç veya dört kelime.',
  'account.reset.submit': 'Şifreyi kaydet',
  'account.reset.done': 'Yeni şifren kaydedildi. Şimdi yeni şifrenle giriş yap.',
  'account.reset.invalid': 'Bu bağlantı artık çalışmıyor. Daha önce kullanıldı veya 1 saatten eski. Yeni bir bağlantı iste.',
  'account.reset.newLink': 'Yeni bağlantı iste',
  'account.password.tooWeak':
    'Bu şifre çok kolay tahmin edilir. Daha uzun bir şifre seç, örneğin birbiriyle ilgisi olmayan üç veya dört kelime.',
  'account.link': 'Hesabım: şifre ve cihazlar',
  'account.title': 'Hesabım',
  'account.change.title': 'Şifreyi değiştir',
  'account.change.intro': 'Sonra diğer cihazlarda çıkış yapmış olursun. Burada girişli kalırsın.',
  'account.change.current': 'Şu anki şifre',
  'account.change.new': 'Yeni şifre',
  'account.change.submit': 'Şifreyi değiştir',
  'account.change.done': 'Şifren değiştirildi. Diğer cihazlarda artık çıkış yapmış durumdasın.',
  'account.change.currentWrong': 'Şu anki şifren doğru değil.',
  'account.sessions.title': 'Nerede giriş yapmış durumdasın?',
  'account.sessions.intro': 'Tanımadığın bir cihaz mı görüyorsun? O cihazdan çıkış yap ve şifreni değiştir.',
  'account.sessions.device': '{os} üzerinde {browser}',
  'account.sessions.unknownBrowser': 'Bilinmeyen tarayıcı',
  'account.sessions.unknownOs': 'bilinmeyen cihaz',
  'account.sessions.current': 'Bu cihaz',
  'account.sessions.since': '{date} tarihinde giriş yapıldı',
  'account.sessions.lastUsed': 'En son {date} tarihinde kullanıldı',
  'account.sessions.end': 'Çıkış yap',
  'account.sessions.endLabel': '{device} cihazından çıkış yap',
  'account.sessions.ended': 'Bu cihazdan çıkış yapıldı.',
};

export default tr;
