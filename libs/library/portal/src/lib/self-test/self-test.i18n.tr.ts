import type { TextMap } from '@nabij/platform/portal';

/** Turkish texts of `selfTestTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const tr: TextMap = {
  'selfTest.list.title': 'Kendi kendine testler',
  'selfTest.list.intro':
    'Kısa bir test yap ve nasıl olduğunu öğren. Kendin neler yapabileceğine ve nerede yardım bulacağına dair hemen ipuçları alırsın.',
  'selfTest.list.questions': '{count} soru, yaklaşık 2 dakika',
  'selfTest.list.mine': 'Sakladığın sonuçlara bak',
  'selfTest.privacy':
    'Cevapların kendi ekranında kalır. Giriş yapmadıysan ve sonucunu saklamayı kendin seçmediysen, hiçbir şey saklamayız.',
  'selfTest.back': 'Tüm kendi kendine testler',
  'selfTest.start': 'Teste başla',
  'selfTest.progress': 'Soru {n} / {total}',
  'selfTest.next': 'Sonraki',
  'selfTest.previous': 'Önceki',
  'selfTest.finish': 'Sonucuna bak',
  'selfTest.pick': 'Bir cevap seç. Sonra devam edebilirsin.',
  'selfTest.notFound': 'Bu test yok (artık yok). Başka bir test seç.',
  'selfTest.result.title': 'Sonucun',
  'selfTest.result.score': 'Puanın: {max} üzerinden {score}',
  'selfTest.result.steps': 'Şimdi ne yapabilirsin?',
  'selfTest.result.notStored': 'Cevaplarını saklamadık.',
  'selfTest.result.keep': 'Sonucumu sakla',
  'selfTest.result.keepHint':
    'Sonucunu daha sonra Kendi kendine testlerim bölümünde tekrar görürsün. Onu istediğin zaman tekrar silebilirsin.',
  'selfTest.result.kept': 'Sonucun saklandı.',
  'selfTest.result.loginToKeep': 'Hesabın var mı? Sonucunu saklamak istiyorsan giriş yap. Sonra testi tekrar yap.',
  'selfTest.result.again': 'Testi tekrar yap',
  'selfTest.result.login': 'Giriş yap',
  'selfTest.result.keepError': 'Saklama olmadı. Daha sonra tekrar dene.',
  'selfTest.step': 'Adım {n}',
  'selfTest.step.article': 'Bu makaleyi oku',
  'selfTest.step.training.link': 'Başvurup başvuramayacağına bak',
  'selfTest.step.chat.title': 'Bizimle sohbet et',
  'selfTest.step.chat.text': 'İsim vermeden ve ücretsiz. Sohbet sayfasında ne zaman çevrimiçi olduğumuzu görürsün.',
  'selfTest.step.chat.link': 'Sohbete git',
  'selfTest.step.question.text': 'Sohbet etmek istemiyor musun? Soruyu isim vermeden sor, 48 saat içinde cevap alırsın.',
  'selfTest.step.question.link': 'İsim vermeden soru sor',
  'selfTest.step.register.title': 'Yardım için başvur',
  'selfTest.step.register.text':
    'Posta kodunla (postcode) sana yardım edip edemeyeceğimize bak. O zaman bir sosyal çalışmacı (maatschappelijk werker) seninle ücretsiz birlikte düşünür.',
  'selfTest.step.register.link': 'Posta kodu kontrolünü yap',
  'selfTest.mine.title': 'Kendi kendine testlerim',
  'selfTest.mine.intro': 'Bunlar kendin sakladığın sonuçlar. Onları sadece sen görürsün. Danışmanın (hulpverlener) onları görmez.',
  'selfTest.mine.empty': 'Henüz hiç sonuç saklamadın.',
  'selfTest.mine.takenAt': '{date} tarihinde yapıldı',
  'selfTest.mine.delete': 'Sil',
  'selfTest.mine.deleteLabel': 'Sil: {title}, {date}',
  'selfTest.mine.deleted': 'Sonuç silindi.',
  'selfTest.mine.deleteError': 'Silme olmadı. Daha sonra tekrar dene.',
  'selfTest.mine.toTests': 'Kendi kendine testlere git',
};
export default tr;
