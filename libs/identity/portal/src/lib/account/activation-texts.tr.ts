import type { TextMap } from '@nabij/platform/portal';

/** Turkish texts of `activationTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const tr: TextMap = {
  'activate.title': 'Hesabı etkinleştir',
  'activate.intro':
    'Danışmanından (hulpverlener) kullanıcı adı ve kod olan bir mektup aldın mı? Onları buraya yaz ve bir şifre seç. E-posta adresine ihtiyacın yok.',
  'activate.loginName': 'Kullanıcı adı',
  'activate.loginNameHint': 'Mektupta yazıyor, örneğin leiden-k7m4q.',
  'activate.code': 'Kod',
  'activate.codeHint': 'Mektuptaki 12 karakter. Tire ve boşluk olabilir, büyük harf gerekmez.',
  'activate.password': 'Bir şifre seç',
  'activate.passwordHint':
    'En az {min} karakter. Harf ve en az 1 rakam veya ! ya da ? gibi bir işaret kullan. İpucu: birbiriyle ilgisi olmayan 3 veya 4 kelime seç.',
  'activate.submit': 'Hesabı etkinleştir',
  'activate.done': 'Hesabın hazır. Şimdi {loginName} kullanıcı adınla ve yeni şifrenle giriş yap.',
  'activate.toLogin': 'Girişe git',
  'activate.error.loginName': 'Mektuptaki kullanıcı adını yaz, örneğin leiden-k7m4q.',
  'activate.error.code': 'Mektuptaki kodu yaz.',
  'activate.error.password': 'En az {min} karakterli, harf ve en az 1 rakam veya işaret olan bir şifre seç.',
  'activate.error.invalid':
    'Bu kullanıcı adı ve kod çalışmıyor. Mektuba iyice bak. Kod daha önce kullanıldı mı veya süresi mi geçti? Danışmanından yeni bir kod iste.',
  'activate.error.throttled': 'Çok fazla deneme. {seconds} saniye sonra tekrar dene.',
  'addEmail.title': 'E-posta adresi ekle',
  'addEmail.intro':
    '{loginName} kullanıcı adınla giriş yapıyorsun. Artık bir e-posta adresin var mı? Onu ekle. O zaman şifreni unutursan kendin yeni şifre isteyebilirsin. Kullanıcı adın çalışmaya devam eder.',
  'addEmail.email': 'E-posta adresin',
  'addEmail.submit': 'E-posta adresini ekle',
  'addEmail.sent': '{email} adresine bir e-posta gönderdik. O e-postadaki bağlantıya tıkla. Adres ancak ondan sonra hesabına eklenir.',
  'addEmail.error.taken': 'Bu e-posta adresiyle zaten bir hesap var. Başka bir adres seç.',
};

export default tr;
