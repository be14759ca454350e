import type { TextMap } from '@nabij/platform/portal';

/** Turkish texts of `startChatTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const tr: TextMap = {
  'intake.start.chatTitle': 'Önce isim vermeden sohbet etmeyi mi tercih edersin?',
  'intake.start.chatText': 'Hesap açman gerekmez. Sadece posta kodunu yazarsın.',
  'intake.start.chatLink': 'İsim vermeden sohbet et',
};
export default tr;
