import type { TextMap } from '@nabij/platform/portal';

/** Arabic (right to left) texts of `activationTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const ar: TextMap = {
  'activate.title': 'تفعيل الحساب',
  'activate.intro': 'هل أعطاك أخصائيك الاجتماعي رسالة ورقية فيها اسم مستخدم ورمز؟ اكتبهما هنا واختر كلمة مرور. لا تحتاج إلى بريد إلكتروني.',
  'activate.loginName': 'اسم المستخدم',
  'activate.loginNameHint': 'مكتوب في الرسالة الورقية، مثلًا leiden-k7m4q.',
  'activate.code': 'الرمز',
  'activate.codeHint': 'الحروف والأرقام الـ 12 من الرسالة الورقية. يمكنك كتابة الشَّرطات والمسافات، ولا يهم الحرف الكبير أو الصغير.',
  'activate.password': 'اختر كلمة مرور',
  'activate.passwordHint':
    'على الأقل {min} حرفًا. استعمل حروفًا، ورقمًا واحدًا أو علامة واحدة على الأقل، مثل ! أو ?. نصيحة: اختر 3 أو 4 كلمات لا علاقة بينها.',
  'activate.submit': 'فعّل الحساب',
  'activate.done': 'حسابك جاهز. سجّل الدخول الآن باسم المستخدم {loginName} وكلمة المرور الجديدة.',
  'activate.toLogin': 'إلى تسجيل الدخول',
  'activate.error.loginName': 'اكتب اسم المستخدم من الرسالة الورقية، مثل leiden-k7m4q.',
  'activate.error.code': 'اكتب الرمز من الرسالة الورقية.',
  'activate.error.password': 'اختر كلمة مرور من {min} حرفًا على الأقل، فيها حروف ورقم واحد أو علامة واحدة على الأقل.',
  'activate.error.invalid':
    'اسم المستخدم والرمز هذان لا يعملان. انظر جيدًا في الرسالة الورقية. هل استُعمل الرمز من قبل أو انتهت مدته؟ اطلب من أخصائيك الاجتماعي رمزًا جديدًا.',
  'activate.error.throttled': 'محاولات كثيرة جدًا. حاول مرة أخرى بعد {seconds} ثانية.',
  'addEmail.title': 'أضف بريدًا إلكترونيًا',
  'addEmail.intro':
    'أنت تسجّل الدخول باسم المستخدم {loginName}. هل عندك الآن بريد إلكتروني؟ أضفه. عندها تستطيع أن تطلب بنفسك كلمة مرور جديدة إذا نسيتها. اسم المستخدم يبقى يعمل.',
  'addEmail.email': 'بريدك الإلكتروني',
  'addEmail.submit': 'أضف البريد الإلكتروني',
  'addEmail.sent': 'أرسلنا رسالة إلى {email}. اضغط على الرابط في هذه الرسالة. بعد ذلك فقط يصبح العنوان جزءًا من حسابك.',
  'addEmail.error.taken': 'يوجد حساب بهذا البريد الإلكتروني من قبل. اختر عنوانًا آخر.',
};

export default ar;
