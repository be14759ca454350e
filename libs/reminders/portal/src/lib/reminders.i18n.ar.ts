import type { TextMap } from '@nabij/platform/portal';

/** Arabic (right to left) texts of `remindersTexts`: exactly the Dutch keys, with the same {placeholders}, in plain words (B1). */
const ar: TextMap = {
  'reminders.contact.title': 'تذكيرات بمواعيدك',
  'reminders.contact.intro':
    'تحصل على تذكير بالبريد الإلكتروني قبل الموعد بيوم وقبله بساعتين. تريد رسالة نصية (SMS) أيضًا؟ إذن اكتب رقم هاتفك المحمول. في الرسالة النصية يوجد فقط اليوم والوقت، لا مع من ولا عن ماذا.',
  'reminders.contact.mobile': 'رقم هاتفك المحمول',
  'reminders.contact.mobileHint': 'مثلًا: 06 12345678. اتركه فارغًا إذا كنت لا تريد رسائل نصية.',
  'reminders.contact.optIn': 'أرسل لي أيضًا رسالة نصية كتذكير',
  'reminders.contact.save': 'احفظ',
  'reminders.contact.saved': 'تم الحفظ.',
  'reminders.contact.mobileInvalid': 'هذا ليس رقم هاتف محمول. رقم الهاتف المحمول الهولندي يبدأ بـ 06، مثل 06 12345678.',
  'reminders.contact.needsMobile': 'اكتب رقم هاتفك المحمول أولًا. عندها نستطيع أن نرسل لك رسالة نصية.',
  'reminders.contact.back': 'الرجوع إلى ملفي',
  'reminders.org.title': 'التذكيرات والمواعيد التي لم يحضرها العملاء',
  'reminders.org.intro':
    'يحصل العملاء على تذكير قبل الموعد بيوم وقبله بساعتين، بالبريد الإلكتروني وبرسالة نصية إذا أرادوا. في الأسفل ترى لكل شهر كم موعدًا لم يتم لأن العميل لم يحضر، قبل التشغيل وبعده.',
  'reminders.org.on': 'التذكيرات مشغلة منذ {date}.',
  'reminders.org.off': 'التذكيرات مطفأة.',
  'reminders.org.since': 'مشغلة من',
  'reminders.org.sinceHint': 'اليوم الذي بدأت فيه التذكيرات. في التقرير يُحسب ذلك الشهر كـ «بعد».',
  'reminders.org.switchOn': 'شغّل',
  'reminders.org.switchOff': 'أطفئ',
  'reminders.org.saved': 'تم الحفظ. المواعيد المخططة تحصل الآن على التذكيرات الصحيحة.',
  'reminders.org.dateInvalid': 'اختر تاريخًا.',
  'reminders.report.title': 'عدم الحضور لكل شهر',
  'reminders.report.caption': 'المواعيد المعلَّمة كـ «حضر» أو «لم يحضر»، لكل شهر',
  'reminders.report.month': 'الشهر',
  'reminders.report.attended': 'حضر',
  'reminders.report.noShow': 'لم يحضر',
  'reminders.report.rate': 'لم يحضر (%)',
  'reminders.report.phase': 'التذكيرات',
  'reminders.report.phaseOn': 'مشغلة',
  'reminders.report.phaseOff': 'مطفأة',
  'reminders.report.before': 'قبل التشغيل: {rate} لم يحضروا ({noShow} من {total}).',
  'reminders.report.after': 'بعد التشغيل: {rate} لم يحضروا ({noShow} من {total}).',
  'reminders.report.noData': 'لا توجد بيانات',
  'reminders.error.load': 'لم ينجح التحميل. حاول مرة أخرى لاحقًا.',
};
export default ar;
