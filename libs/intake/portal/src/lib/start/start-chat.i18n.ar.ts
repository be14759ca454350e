import type { TextMap } from '@nabij/platform/portal';

/** Arabic (right to left) texts of `startChatTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const ar: TextMap = {
  'intake.start.chatTitle': 'هل تفضل أن تدردش أولًا بدون اسمك؟',
  'intake.start.chatText': 'لا تحتاج أن تنشئ حسابًا. تكتب فقط رمزك البريدي.',
  'intake.start.chatLink': 'دردشة بدون اسم',
};
export default ar;
