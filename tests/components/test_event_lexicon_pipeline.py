"""The event lexicon's constructions end to end: the shipped ``news`` pipeline (recognizer, tagger,
lemmatizer, linker) on one real Urdu news sentence per construction, with the exact code, trigger
and actor words expected (an actor is its entity's words, else its own noun phrase)."""

from __future__ import annotations

import pytest

from khabar.doc.model import Document
from khabar.loading import load

CASES = [
    # a message one wants to send to an actor is an appeal, 020, as blind42/43's annotators code it
    # (blind43 0594p; blind45 0220p); to the world (no actor) or given (امن کا پیغام دیا) it is none;
    # چیف جسٹس آف پاکستان is the title in full (the recognizer read آف alone as a person)
    ("عمران خان نے کہا کہ وہ عدالتی حکم نہیں مان رہی۔ میں چیف جسٹس آف پاکستان کو پیغام پہنچانا چاہتا ہوں "
     "کہ ملک کو انارکی سے بچایا جائے۔",
     [("020", "پیغام پہنچانا چاہتا", "عمران خان", "چیف جسٹس آف پاکستان")]),
    ("قطر کے سلیم المانا نے کہا کہ ہم انٹرنیشنل ایسوسی ایشن کو پیغام دینا چاہتے ہیں کہ یہاں تمام مسلمان "
     "ٹیمیں حصہ لے سکتی ہیں۔",
     [("020", "پیغام دینا چاہتے", "سلیم المانا", "انٹرنیشنل ایسوسی ایشن")]),
    ("حریت رہنماؤں نے کہا کہ کشمیری دنیا کو پیغام پہنچانا چاہتے ہیں کہ انہیں بھارت کا قبضہ تسلیم نہیں "
     "ہے۔", []),
    ("وزیراعظم نے جنرل اسمبلی سے خطاب میں امن کا بھرپور پیغام دیا۔", []),
    # a charge sheet filed is a formal accusation (Indian Urdu, UDTB train 72); one named is none
    ("مہاراشٹرا انسداد دہشتگردی اسکواڈ نے ڈسمبر 2006 میں اس سلسلہ میں ایک چارج شیٹ داخل کی تھی۔",
     [("112", "چارج شیٹ داخل کی", "مہاراشٹرا انسداد دہشتگردی اسکواڈ", None)]),
    ("وکیل صفائی نے کہا کہ گواہ نے چارج شیٹ میں ایسے کسی معاون کا ذکر نہیں کیا۔", []),
    # a talk with correspondents is a statement's setting, no meeting (UDTB train 64); نامہ نگار alone
    # is a byline, no actor
    ("کلکٹر عبدالمجید نے نامہ نگاروں سے باتچیت کرتے ہوئے کہا کہ اسکالرشپس جلد جاری ہوں گی۔", []),
    # a list before سمیت (including) whose last item the recognizer missed (چیچن) is coded with its
    # first named item (UNER, uner_blind3)
    ("پاکستان فوج نے گذشتہ سال وزیرستان سمیت دیگر علاقوں میں کالعدم تحریک طالبان ، ازبک، چیچن سمیت دیگر "
     "دہشت گرد گروہوں کے خلاف آپریشن ضرب عضب شروع کیا تھا۔",
     [("190", "آپریشن ضرب عضب شروع کیا", "پاکستان", "تحریک طالبان")]),
    # an operation launched under its name: the name between the noun and شروع کیا (UNER, uner_blind3)
    ("شمالی وزیرستان میں گذشتہ سال وسط جون سے فوجی آپریشن ضرب عضب شروع کیا گیا تھا۔",
     [("190", "آپریشن ضرب عضب شروع کیا", None, None)]),
    ("فوج نے آپریشن ضرب عضب کے دوران کئی علاقے خالی کرائے۔", []),
    # Pakistan's proscribed organisations are actors (REB), so a coordination they begin is coded
    # with them (UNER, uner_blind3)
    ("سکیورٹی حکام کے مطابق پاکستان فضائیہ نے کالعدم تنظیموں اور شدت پسند گروہوں کی کئی پناہ گاہیں تباہ "
     "کی ہیں۔",
     [("190", "تباہ کی", "پاکستان فضائیہ", "کالعدم تنظیموں")]),
    # an agent named in doubled quotation marks, as Urdu papers type them (’’…‘‘, COUNTER 0074)
    ("شدت پسند تنظیم ’’دولتِ اسلامیہ‘‘ نے دوسرے برطانوی شہری کو بھی قتل کر دیا ہے۔",
     [("180", "قتل کر", "دولت اسلامیہ", "برطانوی")]),
    # a petition filed before a body (کے روبرو, کے سامنے: Indian Urdu, udtb_blind4) is addressed to it
    ("سی پی آئی ایم نے آج الیکشن کمیشن کے روبرو اےک درخواست داخل کی۔",
     [("020", "درخواست داخل کی", "سی پی آئی ایم", "الیکشن کمیشن")]),
    ("وفد نے وزیر اعلیٰ کے سامنے درخواست پیش کی۔", [("020", "درخواست پیش کی", "وفد", "وزیر اعلی")]),
    # a plural subjunctive reports nothing done: whoever may assure (uner:61), you assure (0426p)
    ("اپیکس کمیٹی نے کہا ہے کہ جو نوجوان ریاست کے خلاف مسلح کارروائی ترک کرنے کا یقین دلائیں ان کو عام "
     "معافی دی جائے گی۔", []),
    ("ہم نے دونوں جماعتوں سے کہا تھا کہ آپ یقین دلائیں کہ پُرامن رہیں گے۔", []),
    ("وزیراعظم نے عوام کو یقین دلایا کہ حکومت مدد کرے گی۔", [("030", "یقین دلایا", "وزیراعظم", "عوام")]),
    # two places named side by side own the phrase the object's postposition marks: no subject
    # (COUNTER 0458p); a person named before such a phrase is one (0536p)
    ("تحریک انصاف سمیت راولپنڈی اسلام آباد کی تمام عوام کو ڈی چوک میں نماز جمعہ پڑھنے کی دعوت دی۔",
     [("036", "دعوت دی", None, "عوام")]),
    ("جنرل راحیل شریف انڈونیشیاکے دفاعی حکام کی دعوت پر دورہ کر رہے ہیں۔",
     [("042", "دورہ کر", "راحیل شریف", "انڈونیشیا")]),
    # a summary sent or put up to an actor for a decision is a request, 020 (blind29 0417, blind43 0174)
    ("الیکشن ٹربیونلز کی توسیع کے اخراجات پر الیکشن کمیشن نے وزارت خزانہ کو سمری بھیجی تھی۔",
     [("020", "سمری بھیجی", "الیکشن کمیشن", "وزارت خزانہ")]),
    ("سرمایہ کاری بورڈ نے کابینہ کے سامنے معاہدے کی منظوری کے لئے سمری پیش کی۔",
     [("020", "سمری پیش کی", "سرمایہ کاری بورڈ", "کابینہ")]),
    # asked to do something: an oblique infinitive (~ in the lexicon) with کا / کو / کے لیے کہا is a
    # request, 020 (blind36 0505, blind41 0317, blind42 0581p); the noun کا کہنا is not, nor is an
    # infinitive of purpose before a continuative (بچانے کیلئے کوششیں جاری)
    ("سرتاج عزیز نے بھارت کو مذاکرات کے ذریعے مسائل حل کرنے کا کہا۔",
     [("020", "کرنے کا کہا", "سرتاج عزیز", "بھارت")]),
    ("جماعت اسلامی کے امیر سراج الحق نے دونوں جماعتوں کے رہنماؤں سے مل کر کام کرنے کو کہا۔",
     [("020", "کرنے کو کہا", "سراج الحق", "جماعتوں کے رہنماؤں")]),
    ("پائلٹ کو بچانے کیلئے کوششیں جاری ہیں۔", []),
    # مذمت as some papers misspell it, with ز (blind15 0058)
    ("شمالی کوریا نے اقوام متحدہ کی مزمت کی۔", [("111", "مزمت کی", "شمالی کوریا", "اقوام متحدہ")]),
    # going or coming to someone (X کے پاس گئے / آئے) is a visit, 042 (blind41-43); only to an actor, and
    # not when told as a wish or a bidding (اداروں کے پاس جائیں: go to the institutions)
    ("وزیراعظم نواز شریف خود چل کر قائد حزب اختلاف اعتزاز احسن کے پاس گئے۔",
     [("042", "پاس گئے", "نواز شریف", "قائد حزب اختلاف")]),
    ("حکومت لوگوں کو کہتی ہے کہ اداروں کے پاس جائیں۔", []),
    # an intransitive act whose clause opens with میں right after the complementizer is the speaker's
    # (blind42 0581p: "I"; the postposition میں never opens a clause)
    ("جماعت اسلامی کے امیر سراج الحق نے کہا کہ میں 70دن سے دھرنے والوں کے پاس جاتا رہا۔",
     [("042", "پاس جاتا", "سراج الحق", "دھرنے والوں")]),
    ("وہ الارم کو بند کرنے کے لئے ٹائمر کے پاس گئے۔", []),
    # a sentence in the first person with no cue of its own goes on with the last speaker's words as far
    # as a first-person cue reaches (COUNTER 0051p), and the oblique مجھ (مجھ پر) is the first person too
    ("اس بارے میں بومن ایرانی نے کہا کے مجھے روی پوجاری کی طرف سے دھمکیاں مل رہی ہیں۔میں بہت فرینڈلی ہوں اور "
     "کسی سے کبھی جھگڑا نہیں کرتا ۔میں یہ نہیں جانتا کہ مجھے کیوں دھمکیاں دی جا رہی ہیں ۔میں نے پولیس سے "
     "اپنی سکیورٹی کی درخواست بھی دی ہے۔",
     [("130", "دھمکیاں مل", "روی پوجاری", "بومن ایرانی"), ("130", "دھمکیاں دی", None, "بومن ایرانی"),
      ("020", "درخواست بھی دی", "بومن ایرانی", None)]),
    ("چودھری نثار علی خان نے کہا کہ میں گناہ گار ہوں۔ مجھ پر کھلے عام الزام لگایا گیا ۔",
     [("112", "الزام لگایا", None, "چودھری نثار علی خان")]),
    # a coordinated agent whose first conjunct is a name the recognizer missed (all its words PROPN)
    # and whose last is unnamed: the first is coded (udtb_blind3 train 15)
    ("رضوان الرحمن کی والدہ کوثر جہاں اور بڑے بھائی نے کولکتہ ہائیکورٹ مےں درخواست داخل کرکے سی بی آئی "
     "تحقیقات کا مطالبہ کیا تھا۔",
     [("020", "درخواست داخل کر", "کوثر جہاں", "کولکتہ ہائیکورٹ"), ("100", "مطالبہ کیا", "کوثر جہاں", None)]),
    # a coordinated target is coded with its first conjunct (docs/annotation.md) also when a title or a
    # description stands in apposition before the last conjunct's name (COUNTER 0074, 0050p; udtb:12)
    ("اس سے قبل داعش دو امریکی صحافیوں اور ایک برطانوی امدادی اہلکار کو اغوا کے بعد قتل کر چکی ہے۔",
     [("180", "قتل کر", "داعش", "امریکی")]),
    ("سلیم رانا نے حکومت اور مسٹر عزیز پاشاہ سے مطالبہ کیا۔", [("100", "مطالبہ کیا", "سلیم رانا", "حکومت")]),
    # the passive runs the steps after the target search that the active voice runs: a killing protested
    # is no actor 2 (blind30 0462p), as in the active voice (کارکنوں کی ہلاکت پر احتجاج)
    ("جواب میں کہا گیا کہ سترہ جون کو ماڈل ٹاؤن میں کارکنوں کی ہلاکت کے خلاف احتجاج کیا جارہا ہے۔",
     [("140", "احتجاج کیا", None, None)]),
    # an intransitive participle (جاتے ہوئے: going) has no object, so the pronoun before it is the act's
    # (blind41 0072: the peacekeepers were attacked on their way)
    ("حکام کا کہنا ہے کہ ان فوجیوں پر جن مسلح افراد نے حملہ کیا ان کا تعلق القاعدہ کی ایک جماعت سے ہے۔ ان پر "
     "میناکا سے اسونگو جاتے ہوئے حملہ کیا گیا۔",
     [("190", "حملہ کیا", "مسلح افراد", "فوجیوں"), ("190", "حملہ کیا", None, "فوجیوں")]),
    # a passive act done to someone whose clause opens with an actor and no postposition after it:
    # that actor is the one acted on, however far from the verb (uner_blind3 uner:19); a source's
    # genitive is no such opening (پولیس کے مطابق)
    ("لامی ماریہ اور ہاجرہ اپریل میں نائجیریا کے شمال مشرقی شہر چبوک کے سکول سے اغوا کیا گیا۔",
     [("181", "اغوا کیا", None, "لامی")]),
    ("پولیس کے مطابق کل رات کراچی سے اغوا کیا گیا۔", [("181", "اغوا کیا", None, None)]),
    # an imperfective participle (کرتے ہوئے) takes the mood of its main verb, as a conjunctive one does:
    # a visit that will be made is none (udtb_blind4 train 67); the main verb is past further
    # participles and infinitives (with or without their postposition), and a stem before a vector
    # verb (لے لیا) is no subjunctive (COUNTER 0194, 0416, 0071); an infinitive before چاہنا is wanted
    ("انھوں نے کہا کہ تمام منڈلس کا وہ خود دورہ کرتے ہوئے حالات کا جائزہ لیتے ہوئے مسائل کی یکسوئی کے لیے "
     "اقدامات کریں گی۔", []),
    ("عسکریت پسندوں نے ترک سفارتخانے کا محاصرہ کرتے ہوئے انہیں اپنے قبضے میں لے لیا تھا۔",
     [("191", "محاصرہ کرتے", "عسکریت پسندوں", "ترک")]),
    # (the list's item before اور: a list of unnamed items is not walked back past its commas)
    ("پولیس حکام کے مطابق لڑکی کے دادا، والدہ اور دو چچاؤں کو گرفتار کر کے ان کا عدالت سے ریمانڈ لے لیا "
     "گیا ہے۔", [("173", "گرفتار کر", None, "والدہ")]),
    ("پولیس کے ترجمان نے بتایا کہ ملک بھر کے سترہ مختلف مقامات پر چھاپے مار کر لڑائی میں حصہ لینے ، "
     "فنڈریزنگ اور جنگجوؤں کی بھرتی میں ملوث ہونے کے شبہ میں 16 افراد کو گرفتار کیا گیا۔",
     [("170", "چھاپے مار", None, "مختلف مقامات"), ("173", "گرفتار کیا", None, "افراد")]),
    ("حریت رہنمائوں نے کہا کہ کشمیری 15 اگست کو ہڑتال کر کے بھارت کے حکمرانوں کو وہی وعدہ یاد دلانا "
     "چاہتے ہیں۔", []),
    # violence told by its noun as under way (جاری) is the genitive owner's (blind27 0074p)
    ("داعش کے ٹھکانوں پر اتحادی فوج کے فضائی حملے بدستور جاری ہیں۔",
     [("195", "فضائی حملے بدستور جاری", "اتحادی فوج", "داعش")]),
    ("کنٹرول لائن پر بھارتی فوج کی گولہ باری گزشتہ ایک ہفتہ سے جاری ہے۔",
     [("195", "گولہ باری گزشتہ ایک ہفتہ سے جاری", "بھارتی", None)]),
    # a deed praised in the passive is its named owner's, as in the active voice (blind29/42 0521:
    # the navy's part in the exercises) — but not across a purpose (کیلئے: blind41 0519)
    ("انہوں نے کہا کہ پاکستان نیوی کی سی ٹی ایف 150 اور سی ٹی ایف 151 کی بحری مشقوں میں شرکت کو عالمی سطح پر "
     "سراہا گیا ہے۔", [("051", "سراہا", None, "پاکستان نیوی")]),
    ("وزیر خزانہ نے کہا ہے کہ ملک کی معیشت کی ترقی کیلئے حکومتی کوششوں کو عالمی سطح پر سراہا گیا ہے۔",
     [("051", "سراہا", None, "حکومتی کوششوں")]),
    # commanders (کمانڈر) are people directed (blind43 0525: local commanders told to save lives)
    ("انہوں نے کہا کہ مقامی کمانڈروں کو ہدایت کی گئی ہے کہ انسانی جانوں کو بچایا جائے۔",
     [("100", "ہدایت کی", None, "مقامی کمانڈروں")]),
    # forces (قوتوں, the oblique plural: the singular قوت is strength) are people urged (blind42 0560p)
    ("وزیراعظم نواز شریف نے تمام منتخب جمہوری قوتوں پر زور دیا کہ سندھ کی ترقی کیلئے مل جل کر کام کریں۔",
     [("020", "زور دیا", "نواز شریف", "منتخب جمہوری قوتوں")]),
    ("انہوں نے پوری قوت سے کام کرنے پر زور دیا۔", []),
    # an object pronoun before a comma with no verb before it: the comma ends no clause for the objects
    # (blind3 0427p: detained her, Radha Patel); a relative before the comma still opens a clause
    ("تفصیلات کے مطابق بھارتی ریاست گجرات کی خاتون رادھا پٹیل برطانیہ گئی۔ ہیتھرو ائرپورٹ پر امیگریشن "
     "افسروں نے اسے ناجائز تنگ، غیر قانونی حراست میں لے کر جھوٹی قید میں رکھا۔",
     [("173", "حراست میں لے", "امیگریشن افسروں", "رادھا پٹیل")]),
    ("امریکی سینیٹرز ٹم کین اور اینگس کنگ نے آرمی چیف جنرل راحیل شریف سے بھی ملاقات کی جس میں باہمی دلچسپی، "
     "خطے میں سلامتی کی صورتحال اور دیگر امور پر تبادلہ خیال کیا گیا۔",
     [("040", "ملاقات کی", "ٹم کین", "راحیل شریف"), ("040", "تبادلہ خیال کیا", None, None)]),
    # a denunciation told as X نے Y کو … قرار دیا: un-Islamic, provocative, a terrorist organisation
    # (udtb_blind3 train 1, uner_blind1 uner:45, udtb_blind4 train 23); a deed's owner is the one
    # denounced
    ("صوفی محمد نے عدالت عالیہ، پارلیمنٹ اور جمہوری طرز حکومت کو غیر اسلامی قرار دیا تھا۔",
     [("111", "غیر اسلامی قرار دیا", "صوفی محمد", "عدالت عالیہ")]),
    ("نیو یارک ٹائمز نے ڈونلڈ ٹرمپ کی حرکات کو اشتعال انگیز قرار دیا ہے۔",
     [("111", "اشتعال انگیز قرار دیا", "ٹائمز", "ڈونلڈ ٹرمپ")]),
    ("ایل ٹی ٹی ای کو امریکہ اور یوروپی یونین نے بھی دہشت گرد تنظیم قرار دیا تھا۔",
     [("112", "دہشت گرد تنظیم قرار دیا", "امریکہ", "ایل ٹی ٹی ای")]),
    # passengers, worshippers, farmers are people asked (udtb_blind5 train 76)
    ("ریلوے کے جنرل منیجر سیتاپتی نے مسافروں سے استفادہ کی خواہش کی ہے۔",
     [("020", "خواہش کی", "سیتاپتی", "مسافروں")]),
    # a violent act with no target named hit the ones its result clause names (جس سے / جن سے / جس کے
    # نتیجے میں X زخمی ہو گئے: blind11 0317p, blind43 0595p; COUNTER 0063's roadside bomb)
    ("دھماکے کے بعد فورسز نے اندھا دھند فائرنگ شروع کر دی جس سے کئی لوگ زخمی ہو گئے۔",
     [("190", "فائرنگ شروع کر", "فورسز", "کئی لوگ")]),
    ("پولیس افسر نے دو گولیاں چلائیں جن سے بچہ ہلاک ہو گیا۔",
     [("190", "گولیاں چلائیں", "پولیس افسر", "بچہ")]),
    ("تربت کے علاقہ ردیگ میں سٹرک کنارے نصب بم کا زودار دھماکہ ہوا جس کے نتیجہ میں ایک بچہ جاں بحق ہو گیا۔",
     [("183", "دھماکہ ہوا", None, "ایک بچہ")]),
    # an object pronoun right after a conjunctive participle is whom the participle's act was done to
    # (blind17 0053p, which had taken a magistrate named in the sentence before)
    ("دلے والا، سرائے عالمگیر، کھاریاں میں بھی متعدد کارکنوں کیخلاف مقدمات درج کرکے انہیں گرفتار کر لیا "
     "گیا ہے۔", [("115", "مقدمات درج کر", None, "متعدد کارکنوں"),
                 ("173", "گرفتار کر", None, "متعدد کارکنوں")]),
    ("پولیس نے متعدد کارکنوں کو روک کر انہیں گرفتار کر لیا۔",
     [("173", "گرفتار کر", "پولیس", "متعدد کارکنوں")]),
    # talks held in the passive in a meeting (X سے Y کی ملاقات میں … تبادلہ خیال کیا گیا): Y, the
    # meeting's owner, held them with X (blind41 0560); a bare meeting names no one
    ("وزیراعظم سے ایم کیو ایم کے وفد کی ملاقات میں ملک کی مجموعی سیاسی صورتحال پر تبادلہ خیال کیا گیا۔",
     [("040", "تبادلہ خیال کیا", "ایم کیو ایم", "وزیراعظم")]),
    ("ملاقات میں دو طرفہ تعلقات پر تبادلہ خیال کیا گیا۔", [("040", "تبادلہ خیال کیا", None, None)]),
    # an accusation made against someone (X کے خلاف الزامات عائد کئے) names the accused, as پر does
    # (udtb_blind6 train 21)
    ("پولیس نے مسٹر پوچی ریڈی کے خلاف غلط الزامات عائد کئے۔",
     [("112", "الزامات عائد کئے", "پولیس", "پوچی ریڈی")]),
    ("پولیس نے پوچی ریڈی کیخلاف الزام لگایا۔", [("112", "الزام لگایا", "پولیس", "پوچی ریڈی")]),
    # an intent or a promise with no partner of its own is for the object of the infinitive it is told
    # with (udtb_blind1 udtb:44, udtb_blind4 train 23); a pronoun object is left (train 40)
    ("اقتدار کی لالچ میں چندرا بابو نائیڈو عوام کو مفت گیس تقسیم کرنے کا بھی وعدہ کر رہے ہیں۔",
     [("030", "وعدہ کر", "چندرا بابو نائیڈو", "عوام")]),
    ("امریکہ نے لیبیا کے باغیوں کے اتحاد ٹی این سی کو تسلیم کرنے کا ارادہ ظاہر کیا ہے۔",
     [("030", "ارادہ ظاہر کیا", "امریکہ", "باغیوں کے اتحاد ٹی این سی")]),
    ("اس نوجوان نے بتایا کہ ایک ایجنٹ نے سات لاکھ روپئے کے عوض انھیں روانہ کرنے کا وعدہ کیا تھا۔",
     [("030", "وعدہ کیا", "ایجنٹ", None)]),
    # owners of places coordinated, the last a name the recognizer misses: the first, named, is coded
    # (blind42 0271p); the two sides of a relation are not a place's owners
    ("وزیراعلیٰ سندھ نے سکھر اور گڈو کے متاثرہ علاقوں کا دورہ کیا۔",
     [("042", "دورہ کیا", "وزیراعلی", "سکھر")]),
    ("وزیراعظم نے سیالکوٹ اور نارووال کے سیلاب زدہ علاقوں کا دورہ کیا۔",
     [("042", "دورہ کیا", "وزیراعظم", "سیالکوٹ")]),
    ("صدر ممنون حسین نے پاکستان اور ایشیائی ترقیاتی بینک کے تعلقات کار کی تعریف کی۔",
     [("051", "تعریف کی", "ممنون حسین", None)]),
    # a distributive number doubled across a comma (پانچ، پانچ لاکھ: five lakh each) is one phrase, not
    # a clause break, so the heirs before it are whom the aid is for (blind34 0573p, which writes ‘)
    ("پنجاب حکومت نے جاں بحق ہونے والوں کے ورثاء کے لئے پانچ، پانچ لاکھ فی کس امداد کا اعلان کر دیا۔",
     [("033", "امداد کا اعلان کر", "پنجاب", "جاں بحق ہونے والوں کے ورثاء")]),
    ("پنجاب حکومت نے جاں بحق ہونے والوں کے ورثاء کے لئے پانچ ‘ پانچ لاکھ فی کس امداد کا اعلان کر دیا۔",
     [("033", "امداد کا اعلان کر", "پنجاب", "جاں بحق ہونے والوں کے ورثاء")]),
    # relief handed out: funds released (the English loan for جاری کرنا), rations given or delivered
    # (blind36 0518p, blind41 0575p, blind23 0559p)
    ("سیالکوٹ سمیت پنجاب بھر کے تمام اضلاع کو وفاقی اور صوبائی حکومت فوری طور پر فنڈز ریلیز کر رہی ہے۔",
     [("070", "فنڈز ریلیز کر", "حکومت", "اضلاع")]),
    ("ضلعی انتظامیہ نے سیلاب متاثرین کو راشن دیا۔", [("070", "راشن دیا", "ضلعی انتظامیہ", "سیلاب متاثرین")]),
    ("فوج نے سیلاب متاثرین کو راشن پہنچایا۔", [("070", "راشن پہنچایا", "فوج", "سیلاب متاثرین")]),
    # X بھر کے Y (Y all over X): the place is where, not who; marked by کو the phrase is the object,
    # and the unmarked subject after it acts (blind36 0518p's funds released, had been Punjab's)
    ("پنجاب بھر کے تمام اضلاع کو وفاقی حکومت فنڈز فراہم کر رہی ہے۔",
     [("070", "فنڈز فراہم کر", "حکومت", "تمام اضلاع")]),
    # … with an actor noun as the place too, and X بھر میں (all over X) before the subject (COUNTER
    # 0447, 0577p had made the country the critic and the visitor)
    ("ملک بھر کے عوام احتجاج کر رہے ہیں۔", [("140", "احتجاج کر", "عوام", None)]),
    ("ملک بھر میں فوج آپریشن کر رہی ہے۔", [("190", "آپریشن کر", "فوج", None)]),
    ("پنجاب بھر میں پولیس چھاپے مار رہی ہے۔", [("170", "چھاپے مار", "پولیس", None)]),
    # a resolve or willingness to act with someone (X کے ساتھ) names its partner: the other side of the
    # intent to cooperate (blind21 0505, blind43 0541p)
    ("وزیراعظم نے اپنے خطاب میں پڑوسیوں کے ساتھ مسائل مذاکرات کے ذریعے حل کرنے کے اپنے عزم کا اعادہ کیا۔",
     [("030", "عزم کا اعادہ کیا", "وزیراعظم", "پڑوسیوں")]),
    ("بھارتی وزیراعظم نے پاکستان کے ساتھ تعلقات کی بحالی اور مذاکرات بحال کرنے پر آمادگی ظاہر کی تھی۔",
     [("030", "آمادگی ظاہر کی", "وزیراعظم", "پاکستان")]),
    # … but a quality's کے ساتھ is the manner (with dignity, with respect), no partner (news_words manner)
    ("صدر مملکت ممنون حسین نے قبائلی عوام کی اپنے علاقوں میں عزت و وقار کے ساتھ جلد بحالی کے عزم کا اعادہ "
     "کیا ہے۔", [("030", "عزم کا اعادہ کیا", "ممنون حسین", None)]),
    ("وزیراعظم نے چینی سفیر سے بڑے احترام کے ساتھ ملاقات کی۔", [("040", "ملاقات کی", "وزیراعظم", "چینی")]),
    ("وزیراعظم نے چینی سفیر سے خلوص کے ساتھ ملاقات کی۔", [("040", "ملاقات کی", "وزیراعظم", "چینی")]),
    # a passive participle describing a noun with an adjective between (دیئے گئے سرکاری عشائیہ) ends no
    # clause: the agent before it is the meeting's (blind42 0540)
    ("ترک وفد نے سیکریٹری دفاع محمد عالم خٹک کی جانب سے دیئے گئے سرکاری عشائیہ سے قبل دیگر اہم حکام "
     "سے بھی ملاقات کی۔", [("040", "ملاقات کی", "ترک", "دیگر اہم حکام")]),
    # X سے تعلق رکھنے والے (those from X): that سے marks no partner, the one met is the earlier سے phrase
    # (blind42 0512p; news_words role relation_post, as سے متعلق)
    ("وزیراعظم نواز شریف سے پنجاب سے تعلق رکھنے والے مختلف ارکان اسمبلی نے ملاقات کی۔",
     [("040", "ملاقات کی", "مختلف ارکان اسمبلی", "نواز شریف")]),
    # a commission the recognizer leaves untagged is an actor (actor_nouns.tsv, GOV), so one urged is
    # the appeal's addressee (blind42 0519)
    ("وزیر خزانہ اسحاق ڈار نے ٹیکس اصلاحات کمیشن پر زور دیا کہ مناسب اپیلیٹ سسٹم تیار کیا جائے۔",
     [("020", "زور دیا", "اسحاق ڈار", "ٹیکس اصلاحات کمیشن")]),
    # a marked masculine noun written with its final alef (دھماکا, نشانا, چھاپا; COUNTER has them) is the
    # construction's noun as with its heh; a verb's bare stem before a noun compounds it (a guerrilla
    # attack), while کر before a noun is the participle's
    ("بمبار نے پولیس چوکی کے قریب دھماکا کر دیا۔", [("183", "دھماکا کر", "بمبار", None)]),
    ("شدت پسندوں نے افغان فوج کے قافلے کو نشانا بنایا۔",
     [("190", "نشانا بنایا", "شدت پسندوں", "افغان فوج کے قافلے")]),
    ("پولیس نے ملزم کے گھر پر چھاپا مارا۔", [("170", "چھاپا مارا", "پولیس", "ملزم کے گھر")]),
    ("وہ مالی میں امن فوجیوں پر چھاپہ مار حملے کی اطلاع سن کر صدمے سے دوچار ہوئے۔", []),
    # a postposition typed onto the noun after it, which web text does so often that wordfreq lists
    # the pair (کوہدایت, کادورہ): space repair splits it, so the construction is found
    ("سپریم کورٹ نے ڈپٹی اٹارنی جنرل کوہدایت کی کہ رپورٹ پیش کی جائے۔",
     [("100", "ہدایت کی", "سپریم کورٹ", "ڈپٹی اٹارنی جنرل")]),
    ("آرمی چیف نے کور ہیڈکوارٹرز کراچی کادورہ کیا۔", [("042", "دورہ کیا", "آرمی چیف", "کراچی")]),
    # Indian Urdu constructions (the UDTB train passages): a petition filed, advice, a warning given,
    # backing, storming, a pledge reiterated, talks typed as one word, a visit completed, volleys
    # fired, an exchange of fire, holding in jail
    ("سی پی آئی ایم نے آج الیکشن کمیشن میں ایک درخواست داخل کی۔",
     [("020", "درخواست داخل کی", "سی پی آئی ایم", "الیکشن کمیشن")]),
    ("کانگریس صدر سونیا گاندھی نے وزیر اعظم کو استعفی دینے کی صلاح دی۔",
     [("020", "صلاح دی", "سونیا گاندھی", "وزیر اعظم")]),
    # … and with the addressee unnamed (udtb_blind5), unlike مشورہ دیا, which needs one
    ("سونیا گاندھی نے وزارت میں داغدار وزراء کی عدم شمولیت کی صلاح دی۔",
     [("020", "صلاح دی", "سونیا گاندھی", None)]),
    ("وزیر نے معاملے کو سلجھانے کا مشورہ دیا۔", []),
    ("محمد ظہیرالدین نے بلدی عہدیداروں کو انتباہ دیا کہ احتجاج کیا جائے گا۔",
     [("130", "انتباہ دیا", "محمد ظہیرالدین", "بلدی عہدیداروں")]),
    ("کئی وزراء نے بھی جگن موہن ریڈی کی تائید کی تھی۔", [("051", "تائید کی", "وزراء", "جگن موہن ریڈی")]),
    ("سکیوریٹی افواج نے عمارت پر دھاوا کیا۔", [("190", "دھاوا کیا", "سکیوریٹی افواج", "عمارت")]),
    ("ہندوستان نے نیپال کے ساتھ دوستی کے عہد کا اعادہ کیا۔",
     [("030", "عہد کا اعادہ کیا", "ہندوستان", "نیپال")]),
    ("کلکٹر نے مائناریٹی آفیسر سے باتچیت کی۔", [("040", "باتچیت کی", "کلکٹر", "مائناریٹی آفیسر")]),
    ("وزیر اعلی نے برطانیہ کا دورہ مکمل کر لیا۔", [("042", "دورہ مکمل کر", "وزیر اعلی", "برطانیہ")]),
    ("سرکاری افواج نے مظاہرین پر گولیوں کی بوچھار کر دی۔",
     [("190", "گولیوں کی بوچھار کر", "سرکاری افواج", "مظاہرین")]),
    # the protesters as Indian Urdu news writes them (احتجاجیوں) are an actor like مظاہرین
    ("سرکاری افواج نے ملک کے مختلف شہروں میں احتجاجیوں پر گولیوں کی بوچھار کر دی۔",
     [("190", "گولیوں کی بوچھار کر", "سرکاری افواج", "احتجاجیوں")]),
    # an exchange of fire is combat between two armed sides (CAMEO 193), FIGHT whoever they are: a
    # non-state side against militants is no one-sided assault (udtb_blind6 train 12)
    ("حماس نے سیکیوریٹی افواج کے ساتھ فائرنگ کا تبادلہ کیا۔",
     [("193", "فائرنگ کا تبادلہ کیا", "حماس", "سیکیوریٹی افواج")]),
    ("حماس نے عمارت میں موجود عسکریت پسندوں کے ساتھ فائرنگ کا تبادلہ شروع کر دیا۔",
     [("193", "فائرنگ کا تبادلہ شروع کر", "حماس", "موجود عسکریت پسندوں")]),
    ("پولیس نے بنائیک سین کو جیل میں رکھا۔", [("173", "جیل میں رکھا", "پولیس", "بنائیک سین")]),
    # a light verb's form that is the genitive before a noun or a postposition (سیل فون کی بدولت:
    # thanks to cell phones) makes no construction; a display with a quality before its noun (تعصب کا
    # عملی مظاہرہ) is no demonstration, a protest with one is
    ("ٹی وی سیریلوں اور سیل فون کی بدولت آج لوگ گھروں میں رہتے ہیں۔", []),
    ("محکمہ نے اردو زبان کے تئیں لسانی تعصب کا عملی مظاہرہ کیا۔", []),
    ("مظاہرین نے حکومت کے خلاف زبردست مظاہرہ کیا۔", [("141", "مظاہرہ کیا", "مظاہرین", "حکومت")]),
    # X بشمول Y (X including Y): the whole, X, is the actor, as agent or as target
    ("پولیس نے 7 افراد بشمول ایک خاتون کو گرفتار کر لیا ہے۔", [("173", "گرفتار کر", "پولیس", "افراد")]),
    ("کمیٹی میں شامل غیرمسلم ارکان بشمول رام ولاس پاسوان نے اس قانون کی مخالفت کی ہے۔",
     [("111", "مخالفت کی", "شامل غیرمسلم ارکان", None)]),
    # consult: a meeting reported intransitively, a call, an exchange of views, negotiations
    ("وزیراعظم نواز شریف کی چینی صدر شی جن پنگ سے ملاقات ہوئی۔",
     [("040", "ملاقات ہوئی", "نواز شریف", "شی جن پنگ")]),
    ("صدر ممنون حسین نے افغان صدر اشرف غنی کو ٹیلی فون کیا۔",
     [("040", "ٹیلی فون کیا", "ممنون حسین", "اشرف غنی")]),
    ("ایران اور امریکہ کے درمیان مذاکرات ہوئے۔", [("046", "مذاکرات ہوئے", "ایران", "امریکہ")]),
    # a passive act with no agent takes the two sides named by کے درمیان; without them it has none
    ("گورنر خیبر پختونخواہ سردار مہتاب خان عباسی اور امریکی سفیر رچرڈ اولسن کے درمیان ہونے والی ملاقات "
     "میں صوبائی صورتحال پر تبادلہ خیال کیا گیا۔ اس موقع پر باہمی دلچسپی کے امور پر بھی تبادلہ خیال کیا گیا۔",
     [("040", "تبادلہ خیال کیا", "مہتاب خان عباسی", "رچرڈ اولسن"), ("040", "تبادلہ خیال کیا", None, None)]),
    # intent to cooperate: an assurance (کرانا), support and praise (05)
    ("آرمی چیف نے وزیراعظم کو مکمل تعاون کی یقین دہانی کرائی۔",
     [("030", "یقین دہانی کرائی", "آرمی چیف", "وزیراعظم")]),
    ("عمران خان نے نواز شریف کو مبارکباد دی۔", [("051", "مبارکباد دی", "عمران خان", "نواز شریف")]),
    ("وزیراعظم نے سعودی عرب کی حمایت کی۔", [("051", "حمایت کی", "وزیراعظم", "سعودی عرب")]),
    # aid, appeal, warning
    ("سعودی عرب نے پاکستان کو ایک ارب ڈالر قرض دیا۔", [("071", "قرض دیا", "سعودی عرب", "پاکستان")]),
    ("چین نے سیلاب زدگان کے لیے امدادی سامان بھیجا۔",
     [("070", "امدادی سامان بھیجا", "چین", "سیلاب زدگان")]),
    ("وکیل نے عدالت سے استدعا کی کہ مقدمہ خارج کیا جائے۔", [("020", "استدعا کی", "وکیل", "عدالت")]),
    ("امریکہ نے شمالی کوریا کو سخت نتائج سے متنبہ کیا۔",
     [("130", "متنبہ کیا", "امریکہ", "شمالی کوریا")]),
    # protest: a sit-in by a party's workers (the party is the actor), a boycott
    ("تحریک انصاف کے کارکنوں نے پارلیمنٹ کے سامنے دھرنا دیا۔",
     [("141", "دھرنا دیا", "تحریک انصاف", None)]),
    ("اپوزیشن نے انتخابات کا بائیکاٹ کیا۔", [("143", "بائیکاٹ کیا", "اپوزیشن", "انتخابات")]),
    # sanction, custody, repression
    ("ترکی نے اسرائیل سے سفارتی تعلقات منقطع کیے۔",
     [("161", "سفارتی تعلقات منقطع کیے", "ترکی", "اسرائیل")]),
    ("پولیس نے تین ملزمان کو تحویل میں لے لیا۔", [("173", "تحویل میں لے", "پولیس", "ملزمان")]),
    ("پولیس نے مظاہرین پر لاٹھی چارج کیا۔", [("175", "لاٹھی چارج کیا", "پولیس", "مظاہرین")]),
    # violence: killing police is FIGHT (a state side), killing a trader by gunmen ASSAULT
    ("دہشت گردوں نے دو پولیس اہلکاروں کو شہید کر دیا۔",
     [("190", "شہید کر", "دہشت گردوں", "پولیس اہلکاروں")]),
    ("مسلح افراد نے ایک تاجر کو قتل کر دیا۔", [("180", "قتل کر", "مسلح افراد", "تاجر")]),
    ("مسلح افراد نے دو بچوں کو اغواء کر لیا۔", [("181", "اغواء کر", "مسلح افراد", "بچوں")]),
    # the same constructions typed without the space before the light verb (اغواکر, استدعاکی): the
    # normalizer's space repair splits a lexicon noun from its light verb
    ("جنگجووں نے 32 ترک ڈرائیوروں کو اغواکر لیا تھا۔", [("181", "اغوا کر", "جنگجووں", "ترک")]),
    ("انہوں نے عدالت سے استدعاکی کہ مزید وقت دیا جائے۔", [("020", "استدعا کی", None, "عدالت")]),
    ("طالبان نے غیر ملکیوں کو یرغمال بنا لیا۔", [("181", "یرغمال بنا", "طالبان", "غیر ملکیوں")]),
    ("اسرائیل نے غزہ پر میزائل داغے۔", [("195", "میزائل داغے", "اسرائیل", "غزہ")]),
    ("شدت پسندوں نے اسرائیل پر تین راکٹ فائر کر دیئے۔",
     [("195", "راکٹ فائر کر", "شدت پسندوں", "اسرائیل")]),
    ("فوج نے شمالی وزیرستان میں دہشت گردوں کے خلاف آپریشن کیا۔",
     [("190", "آپریشن کیا", "فوج", "دہشت گردوں")]),
    # one act told in two verbs (فائرنگ کر کے … زخمی کر دیا): the first verb codes it
    ("ملزمان نے پولیس پر فائرنگ کر کے دو اہلکاروں کو زخمی کر دیا۔",
     [("190", "فائرنگ کر", "ملزمان", "پولیس")]),
    # rules: an agent marked by کی جانب سے in a clause without نے, but not across another verb
    ("اداکار شاہ رخ خان کو انڈر ورلڈ کی جانب سے دھمکیاں موصول ہوئیں۔",
     [("130", "دھمکیاں موصول ہوئیں", "انڈر ورلڈ", "شاہ رخ خان")]),
    ("انڈر ورلڈ کی جانب سے دھمکیاں ملنے کے بعد اداکار بومن ایرانی کو پولیس تحفظ فراہم کر دیا گیا۔",
     [("074", "تحفظ فراہم کر", None, "بومن ایرانی")]),
    # a deed condemned or praised whose doer a demonym names is the doer's, as with a genitive owner
    # (blind19 0127p, blind38 0541p; COUNTER 0469: چینی امداد کی تعریف)
    ("لاطینی امریکا کے ممالک نے غزہ پر اسرائیلی بمباری کی مذمت کی۔",
     [("111", "مذمت کی", "امریکا", "اسرائیلی")]),
    ("وزیراعظم نے پاکستان کے لئے چینی امداد کی تعریف کی۔", [("051", "تعریف کی", "وزیراعظم", "چینی")]),
    # ... and a body's (نیپرا, a one-word knowledge-base name the model missed: COUNTER 0321p)
    ("وزیراعظم نواز شریف نے نیپرا کے بجلی کی قیمتوں میں کمی کا خیر مقدم کیا۔",
     [("051", "خیر مقدم کیا", "نواز شریف", "نیپرا")]),
    # a generic noun stands for the body named before whose name, as written or as the knowledge base
    # has it, holds one of its heads (جماعت: ایم کیو ایم is متحدہ قومی موومنٹ; uner_blind1 60) — not
    # in the oblique plural, which names many (تمام سیاسی جماعتوں: COUNTER 0501, 0594p)
    ("صحافیوں نے ایم کیو ایم کے اس اقدام کی مذمت کی۔ صحافیوں نے جماعت سے مطالبہ کیا کہ وہ وضاحت کرے۔",
     [("111", "مذمت کی", "صحافیوں", "ایم کیو ایم"), ("100", "مطالبہ کیا", "صحافیوں", "ایم کیو ایم")]),
    ("تحریک انصاف نے دھرنا دیا۔ تمام سیاسی جماعتوں نے حکومت سے مطالبہ کیا کہ مذاکرات کیے جائیں۔",
     [("141", "دھرنا دیا", "تحریک انصاف", None), ("100", "مطالبہ کیا", "سیاسی جماعتوں", "حکومت")]),
    # a deed praised whose owners are coordinated is the first owner's (blind36 0457p)
    ("زرداری نے سابق وزیر اعظم یوسف رضا گیلانی اور ان کے خاندان کی پارٹی اور جمہوریت کے لیے خدمات اور "
     "قربانیوں کو سراہا۔", [("051", "سراہا", "زرداری", "یوسف رضا گیلانی")]),
    # two coordinated targets, the first unnamed (an actor noun, a body named by its kind), the last
    # named: the first is coded (uner_blind1 60; UDTB train 69) — not inside a longer list
    ("بیان میں جماعت اور اس کے سربراہ الطاف حسین سے مطالبہ کیا ہے کہ وہ معافی مانگیں۔",
     [("100", "مطالبہ کیا", None, "جماعت")]),
    ("پاکستان میں بین الاقوامی تنظیموں اور امدادی اداروں کی مدد کی جا رہی ہے۔",
     [("070", "مدد کی", None, "بین الاقوامی تنظیموں")]),
    # an apology or praise with no addressee of its own is addressed to whom the participle clause
    # before it was, as a request is (blind5 0127p; COUNTER 0518p)
    ("اسرائیلی صدر ریوین ریولن نے برازیل کے صدر ڈلما روسیف سے فون پر بات کرتے ہوئے ترجمان کے ریمارکس پر "
     "معافی مانگی۔", [("040", "بات کرتے", "ریوین ریولن", "ڈلما روسیف"),
                     ("055", "معافی مانگی", "ریوین ریولن", "ڈلما روسیف")]),
    # a clash or a battle X اور Y میں (right before it, or before its genitive modifier) is between X
    # and Y, as with کے درمیان (blind26 0149p, udtb_blind1 44)
    ("الٹی میٹم سے قبل مظاہرین اور حکومت کے حامیوں میں جھڑپیں بھی ہوئیں جس کے نتیجے میں 18 افراد زخمی ہوئے۔",
     [("180", "جھڑپیں بھی ہوئیں", "مظاہرین", "حکومت کے حامیوں")]),
    ("مصراتہ شہر میں کرنل قذافی اور باغیوں کی افواج میں گھمسان کی لڑائی جاری ہے۔",
     [("190", "لڑائی جاری", "قذافی", "باغیوں کی افواج")]),
    # a meeting or a clash told as a noun with ہونا is its genitive owner's, before the other side's
    # phrase or right before the noun (COUNTER 0570p; UDTB train 31)
    ("وزیر داخلہ کی وزیر اعظم سے ملاقات ہوئی۔", [("040", "ملاقات ہوئی", "وزیر داخلہ", "وزیر اعظم")]),
    ("زبیری اسٹریٹ میں پولیس کے ساتھ احتجاجیوں کی جھڑپ جاری ہے۔",
     [("190", "جھڑپ جاری", "احتجاجیوں", "پولیس")]),
    ("دونوں ملکوں کے وزرائے خارجہ کی ملاقات ہوئی۔", [("040", "ملاقات ہوئی", "ملکوں کے وزرائے خارجہ", None)]),
    ("اسلام آباد میں ایک اہم ملاقات ہوئی۔", [("040", "ملاقات ہوئی", None, None)]),
    # a passive joined by اور or جبکہ to a clause whose agent acted goes on with that agent (blind21
    # 0515p, blind29 0531p), its patient in its own clause; not after a speech cue's کہ, nor with a
    # finite verb or a relative between the join and the act
    ("واقعہ کے فوراً بعد سکیورٹی اہلکاروں نے علاقے کو گھیرے میں لے لیا اور سرچ آپریشن کے دوران متعدد افراد "
     "گرفتار کر لیا گیا۔", [("173", "گرفتار کر", "سکیورٹی اہلکاروں", "متعدد افراد")]),
    ("پولیس نے بتایا کہ دھماکہ ہوا اور تین افراد گرفتار کر لئے گئے۔", [("173", "گرفتار کر", None, "افراد")]),
    ("اس نے تنظیم بنائی تھی اور وہ شام میں تھا جہاں سے اسے یرغمال بنا لیا گیا۔",
     [("181", "یرغمال بنا", None, None)]),
    # ... but across a conjunctive participle, which has the act's own doer (UDTB train 51)
    ("آٹھ پولیس ملازمین کی جانب سے سیشن جج کے فیصلہ کو چیلنج کرتے ہوئے ایک درخواست داخل کی گئی تھی۔",
     [("020", "درخواست داخل کی", "پولیس ملازمین", None)]),
    # negated (نہ ہی), subjunctive (ہو) and relative-clause passives are not reported events ...
    ("عدالت نہ ہی کسی غیر آئینی اقدام کی حمایت کرتی ہے۔", []),
    ("کسی نے ایمرجنسی کے نفاذ میں سابق صدر کی مدد کی ہو۔", []),
    ("جاپانی شہریوں کو رہا کر دیا گیا جنہیں 1980 کی دہائی میں اغواء کیا گیا تھا۔", []),
    # ... the same constructions without them are
    ("عدالت نے آئینی اقدام کی حمایت کی۔", [("051", "حمایت کی", "عدالت", None)]),  # a thing: no actor 2
    # (کسی: someone; a title after سابق is a TITLE mention, the past holder)
    ("کسی نے سابق صدر کی مدد کی۔", [("070", "مدد کی", None, "صدر")]),
    # a demonym (جاپانی شہری) names people, not the state: the abduction stays ASSAULT (18x)
    ("جاپانی شہریوں کو اغواء کیا گیا۔", [("181", "اغواء کیا", None, "جاپانی")]),
    # اس as the object is the act just reported, not a person
    # (a coordinated agent is coded with its first conjunct, as the blind6 and blind15 annotators did)
    ("امریکہ اور برطانیہ نے اس واقعے کو وحشیانہ قرار دیتے ہوئے اس کی مذمت کی۔",
     [("111", "مذمت کی", "امریکہ", None)]),
    # directions issued to an actor (blind21's call), like ہدایت کی
    ("وزیراعلی نے پولیس کو ہدایت جاری کی کہ ملزمان کو گرفتار کیا جائے۔",
     [("100", "ہدایت جاری کی", "وزیراعلی", "پولیس")]),
    # a title that begins a trigger (سفیر کو … واپس بلانا) is still an actor: the ambassador met
    ("وزیر اعظم نواز شریف نے چینی سفیر سے ملاقات کی۔", [("040", "ملاقات کی", "نواز شریف", "چینی")]),
    # countries (ملکوں, lemma ملک) are actors, though ملک begins the trigger ملک بدر کرنا
    ("سعودی عرب نے دیگر ملکوں سے مالی تعاون کی اپیل کی ہے۔", [("020", "اپیل کی", "سعودی عرب", "دیگر ملکوں")]),
    # a marked masculine noun in its plural (دھماکہ → دھماکے) matches its construction even where the
    # lemmatizer leaves the form as it is
    ("شدت پسندوں نے دو دھماکے کئے۔", [("183", "دھماکے کئے", "شدت پسندوں", None)]),
    # ... and a feminine plural in یاں (گرفتاری → گرفتاریاں, left as written by the lemmatizer)
    ("پولیس نے متعدد گرفتاریاں عمل میں لائیں۔", [("173", "گرفتاریاں عمل میں لائیں", "پولیس", None)]),
    # دیں after a feminine plural object and an agent with نے is the perfective (threatened), not the
    # subjunctive; without the agent, or with another clause's, it is still the subjunctive
    ("طالبان نے حکومت کو دھمکیاں دیں۔", [("130", "دھمکیاں دیں", "طالبان", "حکومت")]),
    ("حکومت کو چاہیے کہ وہ انہیں دھمکیاں دیں۔", []),
    ("دھرنے والوں نے دھرنا دیا ہے وہ دھرنا دیں ہم اپنا کام جاری رکھیں گے۔",
     [("141", "دھرنا دیا", "دھرنے والوں", None)]),
    # an act in the first person without its subject (مبارکباد دیتا ہوں) is the last speaker's
    ("وزیراعظم نواز شریف نے کہا کہ فوج مشکل جنگ لڑ رہی ہے۔ آپریشن ضرب عضب کی کامیابی پر فوج کو مبارکباد "
     "دیتا ہوں۔", [("051", "مبارکباد دیتا", "نواز شریف", "فوج")]),
    # ... and so is a readiness offer with a bare plural copula (تیار ہیں: we are ready; COUNTER 0566p)
    ("وزیراعظم نواز شریف نے کہا کہ سیلاب کے متاثرین کے نقصانات پورے کریں گے۔ کشمیر کے عوام کی بھی ہرممکن "
     "امداد کے لیے تیار ہیں۔", [("033", "امداد کے لیے تیار", "نواز شریف", "کشمیر")]),
    # a relative pronoun after the light verb opens a clause; کی there is no genitive
    ("صدر ممنون حسین نے افغان صدر کی حلف برداری کی تقریب میں شرکت کی جو پیر کو کابل میں منعقد ہوئی۔",
     [("040", "تقریب میں شرکت کی", "ممنون حسین", None)]),
    # a crowd addressed is the setting of a statement, not a meeting
    ("وزیراعظم نے لوگوں سے گفتگو کرتے ہوئے کہا کہ ملک ترقی کرے گا۔", []),
    # one act told in two verbs joined by کر کے: the first codes it
    ("مقامی افراد نے ٹیم پر حملہ کر کے آٹھ ارکان کو قتل کر دیا۔",
     [("180", "حملہ کر", "مقامی افراد", "ٹیم")]),
    # a trigger with a gap (دورے پر * پہنچنا): the place in it is actor 2; پہنچ گئے is no passive
    ("وزیراعظم نواز شریف دو روزہ دورے پر چین پہنچ گئے۔",
     [("042", "دورے پر چین پہنچ", "نواز شریف", "چین")]),
    # a conjunctive participle (لے کر) reports what happened, though لے alone is a subjunctive
    ("پولیس نے ملزم کو حراست میں لے کر تفتیش شروع کر دی۔", [("173", "حراست میں لے", "پولیس", "ملزم")]),
    # a display after a genitive is no demonstration; a talk with the media is a statement's setting;
    # help in the habitual present is a trait — against their counterparts that are events
    ("کپتان نے شاندار بیٹنگ کا مظاہرہ کیا۔", []),
    ("طلبہ نے فیسوں میں اضافے کے خلاف مظاہرہ کیا۔", [("141", "مظاہرہ کیا", "طلبہ", "اضافے")]),
    # slogans chanted against someone are a protest; cheers (زندہ باد, نعرہ تکبیر) are not
    ("اس موقع پر لوگوں نے وزیر اعظم نواز شریف زندہ باد کے نعرے لگائے۔", []),
    ("جوانوں نے نعرہ تکبیر اور پاک فوج زندہ باد کے فلک شگاف نعرے لگائے۔", []),
    ("اپوزیشن ارکان نے وزیر داخلہ کے خلاف شیم شیم کے نعرے لگائے۔",
     [("141", "نعرے لگائے", "اپوزیشن ارکان", "وزیر داخلہ")]),
    # an unmarked subject ends at its actor noun when a phrase with a postposition follows it; a
    # report's source (میڈیا رپورٹس کے مطابق) is no subject
    ("ہزاروں افراد حکومت کے خلاف سڑکوں پر نکل آئے۔", [("141", "سڑکوں پر نکل", "افراد", None)]),
    # a deadline is an ultimatum; مدعو کیا invites as دعوت دی does; taking part (حصہ لیا) in protests
    ("عمران خان نے وزیراعظم کو مستعفی ہونے کے لیے دو دن کی ڈیڈ لائن دے دی۔",
     [("130", "ڈیڈ لائن دے", "عمران خان", "وزیراعظم")]),
    ("اقوام متحدہ نے یاسر عرفات کو جنرل اسمبلی سے خطاب کے لیے مدعو کیا۔",
     [("036", "مدعو کیا", "اقوام متحدہ", "یاسر عرفات")]),
    ("ہزاروں شیعہ افراد نے حکومت کے خلاف مظاہروں میں حصہ لیا۔",
     [("141", "مظاہروں میں حصہ لیا", "ہزاروں شیعہ افراد", None)]),
    # inside the words of a group that is no person, a plural pronoun with no person to refer to is
    # the group itself; X یا Y کو (or) is coded by its first conjunct, as X اور Y کو is
    ("سعودی حکام کا کہنا ہے کہ انھوں نے اب تک شدت پسند تنظیم دولت اسلامیہ کے 431 جنگجوؤں یا حامیوں کو "
     "گرفتار کیا ہے۔", [("173", "گرفتار کیا", "سعودی", "دولت اسلامیہ")]),
    # aircraft that strike are an air force: a FIGHT (19) even on a non-state target
    ("ایف 16 طیاروں نے دولت اسلامیہ کے ٹھکانوں کو نشانہ بنایا۔",
     [("190", "نشانہ بنایا", "ایف 16 طیاروں", "دولت اسلامیہ")]),
    # the noun of a construction is not the stem of a verb before a vector: الزامات … پر دھر دیے (laid
    # the blame on) is no sit-in (دھرنا دیا)
    ("تحریک انصاف کی قیادت نے دھاندلی کے الزامات سابق چیف جسٹس پر دھر دیے۔", []),
    ("تحریک انصاف کے کارکنوں نے پارلیمنٹ کے سامنے دھرنا دیا۔", [("141", "دھرنا دیا", "تحریک انصاف", None)]),
    # a future typed as one word with ہو (ہوگی, ہونگے) is no event, as ہو گی is not
    ("سرحد کو مضبوط بنانے کیلئے جلد ایرانی حکام سے بات چیت ہوگی۔", []),
    ("دیوالی کے موقع پر ایک غیر رسمی ملاقات ہو گی۔", []),
    # an owner is a person who may be arrested (پکڑ لیا needs an actor as its object)
    ("حکام نے اس مکان کے مالک کو بھی پکڑ لیا ہے جس میں خودکش بمبار گیا تھا۔",
     [("173", "پکڑ لیا", "حکام", "مکان کے مالک")]),
    # a verb's stem before the past progressive reports an act under way (نعرے لگا رہے تھے); the
    # unmarked subject the target phrase runs on from is not part of the target; welcome slogans
    # are cheers
    ("مظاہرین حکومت کے خلاف نعرے لگا رہے تھے۔", [("141", "نعرے لگا", "مظاہرین", "حکومت")]),
    ("مظاہرین حکومت کے خلاف احتجاج کر رہے تھے۔", [("140", "احتجاج کر", "مظاہرین", "حکومت")]),
    ("سکولوں کے بچے جھنڈیاں اٹھائے خیر مقدمی نعرے لگا رہے تھے۔", []),
    # violence with no agent named is coded like a passive (docs/annotation.md): militants killed
    # fall to the state's force (19); a bare verb stem that is no verb (مار دھاڑ, شالا مار) is none
    ("پشاور میں چار دہشت گرد مارے گئے۔", [("190", "مارے", None, "دہشت گرد")]),
    ("پولیس کے مطابق آٹھ حملہ آور ہلاک کیے گئے۔", [("190", "ہلاک کیے", None, "حملہ آور")]),
    ("رابی فرینکلن کی مار دھاڑ کے سبب ٹیم کو کامیابی ملی۔", []),
    ("زخمیوں کو شالا مار ہسپتال منتقل کر دیا گیا۔", []),
    ("گزشتہ روز پیرس پر حملہ ہوا۔", [("180", "حملہ ہوا", None, "پیرس")]),
    ("فوجی قافلے پر حملہ ہوا۔", [("190", "حملہ ہوا", None, "فوجی قافلے")]),
    # a blast is a bombing only with a bomb in view (not a factory accident); the toll of an act
    # told in its relative clause is no second event; a suicide bomber's own death is no one's act
    ("کوئٹہ کے بازار میں بم دھماکہ ہوا۔", [("183", "دھماکہ ہوا", None, None)]),
    ("فیکٹری میں ویل ہب کو پالش کرنے کے دوران دھماکہ ہوا۔", []),
    ("سکیورٹی فورسز نے دہشت گردوں کے ٹھکانوں پر بمباری کی جس کے نتیجے میں 18 دہشت گرد مارے گئے۔",
     [("195", "بمباری کی", "سکیورٹی فورسز", "دہشت گردوں کے ٹھکانوں")]),
    ("دھماکے کے بعد خودکش حملہ آور بھی مارا گیا۔", []),
    # a charge that stands (X پر الزام ہے) has no agent; warrants and detention are 17 (the UNER
    # annotators' calls); an intelligence service is a state force, so an attack on it is a FIGHT
    ("نواز شریف پر بدعنوانی کا الزام ہے۔", [("112", "الزام ہے", None, "نواز شریف")]),
    ("عدالت نے یوسف رضا گیلانی کے وارنٹ گرفتاری بھی جاری کر دیے۔",
     [("173", "وارنٹ گرفتاری بھی جاری کر", "عدالت", "یوسف رضا گیلانی")]),
    ("رینجرز نے ڈاکٹر عاصم کو نوے روز تک حراست میں رکھا۔", [("173", "حراست میں رکھا", "رینجرز", "عاصم")]),
    ("عمران خان نے نجم سیٹھی کو دھاندلی میں ملوث قرار دیا۔",
     [("112", "ملوث قرار دیا", "عمران خان", "نجم سیٹھی")]),
    ("دہشت گردوں نے آئی ایس آئی کے دفتر پر حملہ کیا۔", [("190", "حملہ کیا", "دہشت گردوں", "آئی ایس آئی")]),
    # the force whose operation did a violent passive act is its agent (X کی جوابی کارروائی میں)
    ("سکیورٹی فورسز کی جوابی کارروائی میں 13 حملہ آوروں کو ہلاک کر دیا گیا ہے۔",
     [("190", "ہلاک کر", "سکیورٹی فورسز", "حملہ آوروں")]),
    ("فورسز کی فوری کارروائی میں نو حملہ آور مارے گئے۔", [("190", "مارے", "فورسز", "نو حملہ آور")]),
    # criticism for doing something (… اٹھانے پر تنقید): the reason's پر is not whom it blames
    ("محمد آصف نے کرکٹ بورڈ پر صرف محمد عامر کا معاملہ اٹھانے پر تنقید کی تھی۔",
     [("111", "تنقید کی", "محمد آصف", "کرکٹ بورڈ")]),
    ("ڈونلڈ ٹرمپ پر ایک معذور صحافی کا مذاق اڑانے پر تنقید کی گئی ہے۔",
     [("111", "تنقید کی", None, "ڈونلڈ ٹرمپ")]),
    # killed in an attack named as a noun (حملوں میں, فائرنگ سے) is the attack's toll, no second act
    ("پیرس حملوں میں کم سے کم 130 لوگ مارے گئے تھے۔", []),
    ("چوکی پر فائرنگ سے ایک رضاکار بھی مارا گیا۔", []),
    # an unknown attacker on a named target that is no state is ASSAULT (18: a city, an airport);
    # a force's place (جی ایچ کیو, an air base) is the state (19), as is a demonym before a force
    # named in two words (اسرائیلی جنگی طیاروں); clearing a town is occupying it (192)
    ("ایئرپورٹ پر حملہ کیا گیا۔", [("180", "حملہ کیا", None, "ایئرپورٹ")]),
    ("دہشت گردوں نے جی ایچ کیو پر حملہ کیا۔", [("190", "حملہ کیا", "دہشت گردوں", "جی ایچ کیو")]),
    ("کوئٹہ میں پاکستان ایئر فورس کی سمنگلی ایئر بیس پر حملہ کیا گیا۔",
     [("190", "حملہ کیا", None, "پاکستان ایئر فورس کی سمنگلی ایئر بیس")]),
    ("اسرائیلی جنگی طیاروں نے غزہ کے شمالی حصے پر حملہ کیا۔", [("190", "حملہ کیا", "اسرائیلی", "غزہ")]),
    ("سکیورٹی فورسز نے میر علی کو کلیئر کر دیا۔", [("192", "کلیئر کر", "سکیورٹی فورسز", "میر علی")]),
    # property seized (plots, land, housing units) is land grabbing, no territory occupied by force
    ("لاہور میں 73 پلاٹوں پر قبضہ کیا گیا۔", []),
    # a standing relationship or occupation (docs/annotation.md) is no act: cooperation in the present
    # progressive, an occupation kept up (کر رکھا ہے); a concrete act in the progressive still is one
    ("ترک جنرل نے کہا کہ دونوں ممالک فضائی، بحری اور بری شعبوں میں تعاون کر رہے ہیں۔", []),
    ("اسرائیل نے فلسطینی علاقوں پر قبضہ کر رکھا ہے۔", []),
    ("اس شہر پر لیبیائی افواج نے گذشتہ دو مہینے سے قبضہ کر رکھا تھا۔", []),
    ("امریکہ سیلاب متاثرین کو امداد فراہم کر رہا ہے۔",
     [("070", "امداد فراہم کر", "امریکہ", "سیلاب متاثرین")]),
    # armed forces answering fire (موثر جواب دیا) are 19, support reaffirmed is 05 (docs/annotation.md)
    ("ہماری افواج نے بھارت کو موثر جواب دیا ہے۔", [("190", "موثر جواب دیا", "افواج", "بھارت")]),
    ("فوج متعدد مواقع پر جمہوریت کیلئے اپنی حمایت کا اعادہ کر چکی ہے۔",
     [("051", "حمایت کا اعادہ کر", "فوج", None)]),
    # a consensus voiced in a quote is 03 (blind22, blind27); the owner's words end before its genitive
    ("انہوں نے کہا کہ رکن ممالک کا یہ اتفاق رائے ہے کہ آگے بڑھا جائے۔",
     [("030", "اتفاق رائے ہے", "ممالک", None)]),
    # disapproval of a proposal, efforts, concessions or a power names no actor 2 (thing nouns)
    ("امریکہ نے اس طرح کی کوششوں کی مخالفت کی۔", [("111", "مخالفت کی", "امریکہ", None)]),
    ("عوامی تحریک نے عدالتی اختیار کو ہائی کورٹ میں چیلنج کیا۔",
     [("115", "کورٹ میں چیلنج کیا", "عوامی تحریک", None)]),
    # a challenge is a lawsuit (115) only where a court is named: a dare or a leadership challenged
    # is none (the gold sets code none of five such)
    ("ٹیکسلا کے شہریوں نے حکومت کو عدالت میں چیلنج کیا۔",
     [("115", "عدالت میں چیلنج کیا", "ٹیکسلا کے شہریوں", "حکومت")]),
    ("پولیس ملازمین نے حکومت کو ہائیکورٹ میں چیلنج کیا۔",
     [("115", "ہائیکورٹ میں چیلنج کیا", "پولیس ملازمین", "حکومت")]),
    ("عمران خان نے نواز شریف کو چیلنج کیا کہ وہ استعفی دیں۔", []),
    # the economy, trust or a game ruined is no attack; a school destroyed is one
    ("انہوں نے کہا کہ خطے میں ہونے والی خونریز جنگوں نے پاکستان کی معیشت کو تباہ کر دیا۔", []),
    ("وہ عناصر ہیں جنہوں نے اداروں کا اعتماد تباہ کیا۔", []),
    ("عسکریت پسندوں نے سرکاری پرائمری سکول کو دھماکہ خیز مواد سے تباہ کر دیا۔",
     [("180", "تباہ کر", "عسکریت پسندوں", "سرکاری پرائمری سکول")]),
    # a number before سے is compared (سے کم: fewer than), not addressed: no one
    ("پارٹی نے ماہانہ دس ہزار سے کم آمدنی والے افراد کو واجبی داموں پر اناج کی فراہمی کا مطالبہ کیا۔",
     [("100", "مطالبہ کیا", "پارٹی", None)]),
    ("جگن کے حامی قائدین پارٹی قیادت اور چیف منسٹر کو چیلنج کر رہے ہیں۔", []),
    ("ایران کے سخت گیر رہنماؤں نے مراعات اور سمجھوتوں کی مخالفت کی ہے۔",
     [("111", "مخالفت کی", "ایران کے سخت گیر رہنماؤں", None)]),
    # power seized (a coup) fits no type (docs/annotation.md)
    ("فوج کے سربراہ جنرل پراؤتھ چن اوچھا نے مئی میں اقتدار پر قبضہ کر لیا تھا۔", []),
    ("دولت اسلامیہ نے موصل پر قبضہ کر لیا۔", [("192", "قبضہ کر", "دولت اسلامیہ", "موصل")]),
    # the passive and the modal typed as one word (جاسکتا) is still a possibility, no act
    ("خبریں آتی رہیں کہ بلاول بھٹو زرداری کو نشانہ بنایا جاسکتا ہے۔", []),
    # a violent act told in two verbs whose second is passive has no agent; a place named with its
    # kind (بنوں شہر میں) is where, not who; پولیس اہلکار کو is one phrase, the object
    ("بنوں سے دو نوجوانوں کی لاشیں ملی ہیں جنھیں فائرنگ کرکے قتل کیا گیا۔",
     [("180", "فائرنگ کر", None, "نوجوانوں")]),
    ("بنوں شہر میں دو ہفتے پہلے ایک پولیس اہلکار کو تیل منڈی میں اس وقت فائرنگ کرکے قتل کر دیا تھا۔",
     [("190", "فائرنگ کر", None, "پولیس اہلکار")]),
    # the body whose statement tells the act (X کی جانب سے جاری ہونے والے بیان میں) is its agent
    ("پاکستان فیڈرل یونین آف جرنلٹس کی جانب سے جاری ہونے والے بیان میں ایم کیو ایم کے اس اقدام کی شدید الفاظ "
     "میں مذمت کرتے ہوئے الطاف حسین سے مطالبہ کیا ہے کہ وہ صحافتی برادری سے معافی مانگیں۔",
     [("111", "مذمت کرتے", "پاکستان فیڈرل یونین آف جرنلٹس", "ایم کیو ایم"),
      ("100", "مطالبہ کیا", "پاکستان فیڈرل یونین آف جرنلٹس", "الطاف حسین")]),
    # a clause joined by اور with no subject of its own has the agent of the one before; a place
    # before a verb of motion (اسلام آباد پہنچ کر) is where one went, not who acted
    ("تحریک انصاف نے لاہور سے ریلی نکالی تھی اور اسلام آباد پہنچ کر دھرنا دیا تھا۔",
     [("141", "ریلی نکالی", "تحریک انصاف", None), ("141", "دھرنا دیا", "تحریک انصاف", None)]),
    # a naval base (پی این ایس) is the state; the Hazaras killed are people (18)
    ("کراچی میں پی این ایس پر حملہ کیا گیا۔", [("190", "حملہ کیا", None, "پی این ایس")]),
    ("تیرہ برس کے عرصے میں آٹھ سو شیعہ ہزارہ ہلاک کیے گئے۔", [("180", "ہلاک کیے", None, "شیعہ ہزارہ")]),
    # a warning of a flood or of rain threatens no one
    ("این ڈی ایم اے نے صوبوں کے متعلقہ اداروں کو دریائے سندھ میں سیلاب کے خطرے کے حوالے سے "
     "خبر دار کیا تھا۔", []),
    # praise of a thing is praise of its owner, whose genitive may come before the thing's own
    # (X کی ہمت، جذبے اور صبر کے مظاہرے کو), across the comma of a list of nouns
    ("وزیراعظم نے سیلاب متاثرین کی ہمت، جذبے اور صبر کے مظاہرے کو سراہتے ہوئے کہا کہ متاثرین کا جذبہ "
     "قابل تحسین ہے۔", [("051", "سراہتے", "وزیراعظم", "سیلاب متاثرین")]),
    ("وزیراعظم نے کہا کہ پاکستان چین کے بنیادی مفادات اور دلچسپی کے معاملات کی بھر پور حمایت کرتا ہے۔",
     [("051", "حمایت کرتا", "پاکستان", "چین")]),
    # … but not past a verb: those who gave their lives for the country are the ones honoured
    ("وزیر اعظم نواز شریف نے ملک کی خاطر جانوں کا نذرانہ پیش کرنے والوں کو زبر دست خراج عقیدت پیش کیا۔",
     [("051", "خراج عقیدت پیش کیا", "نواز شریف", "کرنے والوں")]),
    # agreeing with a vision is agreeing with its owner; a genitive before a compound postposition
    # (X کے متعلق, کے خلاف) owns nothing: the policy criticised is the government's
    ("افغان صدر نے خطے کو آپس میں ملانے کے وزیراعظم محمد نواز شریف کے وژن سے اتفاق کیا۔",
     [("030", "اتفاق کیا", "صدر", "محمد نواز شریف")]),
    ("طلبا نے حکومت کی اسرائیل اور غزہ کے متعلق پالیسی پر شدید تنقید کی تھی۔",
     [("111", "تنقید کی", "طلبا", "حکومت")]),
    # a killing condemned is its killer's, named by X کے ہاتھوں; the killed are no actor 2
    ("امریکی صدر بارک اوبامہ نے داعش کے ہاتھوں برطانوی شہری کے قتل کی شدید مذمت کی ہے ۔",
     [("111", "مذمت کی", "بارک اوبامہ", "داعش")]),
    ("فرانس نے غزہ پر ہونے والی بمباری کے نتیجے میں ہونیوالی ہلاکتوں کی شدید مذمت کی۔",
     [("111", "مذمت کی", "فرانس", None)]),
    # ... and a deed condemned or resented is its doer's, named by X کی جانب سے (COUNTER 0328, 0541p,
    # 0570p)
    ("پاکستان نے بھارت کی جانب سے مذاکرات کی یکطرفہ منسوخی پر خفگی کا اظہار کیا تھا۔",
     [("111", "خفگی کا اظہار کیا", "پاکستان", "بھارت")]),
    ("آصف علی زرداری نے وزیر داخلہ چوہدری نثار علی خان کی جانب سے اعتزاز احسن پر لگائے گئے الزامات کی "
     "مذمت کی۔", [("111", "مذمت کی", "آصف علی زرداری", "چوہدری نثار علی خان")]),
    # a passive's subject may stand before a date and place phrases (… بھی دو روز قبل عراق کے شہر
    # موصل میں مارا گیا, … جوابی کارروائی کے دوران مارے گئے); a militant named with his kind in
    # apposition (شدت پسند X) is a militant: killed with no killer named, 19
    ("ایک اور شدت پسند عبدالقدیر حکیم بھی دو روز قبل عراق کے شہر موصل میں مارا گیا ہے۔",
     [("190", "مارا", None, "عبدالقدیر حکیم")]),
    ("بم دھماکوں میں آٹھ افراد ہلاک ہوئے جبکہ چار حملہ آور جوابی کارروائی کے دوران مارے گئے۔",
     [("190", "مارے", None, "حملہ آور")]),
    # an infinitive before a realis شروع کیا reports the act (began to strike), a future one none;
    # a target struck in an attack (حملے میں نشانہ بنایا گیا) is the attack itself, not its toll
    ("ترکی کے جنگی جہازوں نے جمعہ سے دولت اسلامیہ کے ٹھکانوں کو نشانہ بنانا شروع کیا۔",
     [("190", "نشانہ بنانا", "ترکی", "دولت اسلامیہ")]),
    ("ترکی کے جنگی جہاز دولت اسلامیہ کے ٹھکانوں کو نشانہ بنانا شروع کریں گے۔", []),
    ("اس ہوٹل کو حملے میں نشانہ بنایا گیا تھا۔", [("180", "نشانہ بنایا", None, "ہوٹل")]),
    # opposition voiced is 11; cases brought (مقدمات قائم کیے, کیس بنایا) are 11; an application
    # submitted (درخواست جمع کرا دی) is 02
    ("پیپلز پارٹی نے عمران خان کی مخالفت کی۔", [("111", "مخالفت کی", "پیپلز پارٹی", "عمران خان")]),
    ("ملک اسحاق پر قتل کے درجنوں مقدمات قائم کیے گئے۔", [("115", "مقدمات قائم کیے", None, "ملک اسحاق")]),
    ("تحریک انصاف نے تھانہ سول لائن میں ایف آئی آر درج کرنے کے لئے درخواست جمع کرا دی۔",
     [("020", "درخواست جمع کرا", "تحریک انصاف", None)]),
    # a demand on a named actor (Y سے … مانگ لیے) is 10; transporters are people
    ("تمام اضلاع کے ڈی سی اوز نے ٹرانسپورٹرز سے بسوں کی چابیاں اور روٹ پرمٹ مانگ لیے ہیں۔",
     [("100", "مانگ لیے", "اضلاع کے ڈی سی اوز", "ٹرانسپورٹرز")]),
    ("بھارتی کھلاڑی نے میچ میں اپنی وکٹ کے بدلے رن مانگ لیے۔", []),
    # a blow struck (وار کیا), a shot fired (گولی داغ دی), a march (مارچ کیا), a demand repeated
    ("ریحانہ نے عبدل علی پر چاقو سے وار کیا۔", [("180", "وار کیا", "ریحانہ", "عبدل علی")]),
    ("ایک نامعلوم شخص نے دوست محمد خان پر گولی داغ دی۔",
     [("180", "گولی داغ", "نامعلوم شخص", "دوست محمد خان")]),
    ("مظاہرین نے پارلیمنٹ ہاؤس کی طرف مارچ کیا۔", [("141", "مارچ کیا", "مظاہرین", "پارلیمنٹ ہاؤس")]),
    ("اپوزیشن نے حکومت سے استعفے کا مطالبہ دہرایا۔", [("100", "مطالبہ دہرایا", "اپوزیشن", "حکومت")]),
    # a government building is the state's place: violence on it is a FIGHT (19x)
    ("طالبان نے شہر میں سرکاری عمارت پر حملہ کیا۔", [("190", "حملہ کیا", "طالبان", "سرکاری عمارت")]),
    # a target listed with سمیت (including) is coded with the one named before it; whom an accusation
    # names as the agent of its clause may stand far from کہ, and a manner (انداز نے) is no one
    ("چارسدہ میں اسفندیار ولی خان سمیت دیگر رہنماؤں پر حملے ہو چکے ہیں۔",
     [("180", "حملے ہو", None, "اسفندیار ولی خان")]),
    ("تحریک انصاف نے الزام عائد کیا تھا کہ 2013 کے عام انتخابات میں پنجاب کے نگراں وزیر اعلیٰ نجم سیٹھی نے "
     "دھاندلی کروائی۔", [("112", "الزام عائد کیا", "تحریک انصاف", "نجم سیٹھی")]),
    ("کوچ نے الزام عائد کیا کہ ملکی اسپورٹس بیوروکریسی کے فیصلے کرنے کے انداز نے انہیں استعفے پر مجبور کیا۔",
     [("112", "الزام عائد کیا", "کوچ", None)]),
    # the places and outlets of a dateline are where and by whom the report was filed: no actor
    ("شمالی وزیرستان+خیبر ایجنسی + بنوں (نوائے وقت نیوز+ نیوز ایجنسیاں) شمالی وزیرستان میں دہشت گردوں کیخلاف "
     "آپریشن ضرب عضب کامیابی سے جاری ہے۔", [("190", "آپریشن ضرب عضب کامیابی سے جاری", None, "دہشت گردوں")]),
    # a non-state group's violence on a state force's thing is a FIGHT (19), on anything else an ASSAULT
    ("داعش نے شمالی عراق میں ایک فوجی ہیلی کاپٹر مار گرایا ہے۔", [("190", "مار گرایا", "داعش", None)]),
    ("داعش نے شمالی عراق میں قلعہ تباہ کر دیا۔", [("180", "تباہ کر", "داعش", None)]),
    # the international community is an actor that can be urged (زور دینا needs an actor as Y)
    ("وزیر اعظم نے عالمی برادری پر زور دیا کہ وہ امداد فراہم کرے۔",
     [("020", "زور دیا", "وزیر اعظم", "عالمی برادری")]),
    ("تاجر برادری نے ہڑتال کی۔", [("143", "ہڑتال کی", "تاجر برادری", None)]),
    # abduction is ASSAULT (18) even of the police, a state's force (طالبان, a proper noun here, is the
    # knowledge base's organisation, whose fighters act)
    ("طالبان جنگجوؤں نے دس پولیس اہلکاروں کو اغوا کر لیا۔",
     [("181", "اغوا کر", "طالبان", "پولیس اہلکاروں")]),
    # a relative pronoun as the object (جنھیں: whom) is the actor it describes
    ("دنیا ان دوسو سے زائد لڑکیوں کا انتظار کر رہی ہے جنھیں نائجیریا کے شدت پسند گروہ بوکو حرام نے "
     "اغوا کیا تھا۔",
     [("181", "اغوا کیا", "بوکو حرام", "زائد لڑکیوں")]),
    # a violent act in the infinitive (نشانہ بنانے کے بعد: after targeting) is no event and chains
    # nothing: the act told after it is its own
    ("حملہ آوروں نے ان افراد کو نشانہ بنانے کے بعد مذکورہ پولیس اہلکار پر بھی فائرنگ کی جس سے وہ زخمی ہوگیا۔",
     [("190", "فائرنگ کی", "حملہ آوروں", "مذکورہ پولیس اہلکار")]),
    ("کالی آندھی کی ٹیم ادائیگیوں کے ڈھانچے کے حوالے سے بورڈ کے خلاف احتجاج کر رہی ہے۔",
     [("140", "احتجاج کر", "ٹیم", "بورڈ")]),
    ("میڈیا رپورٹس کے مطابق سکول میں ایک جنونی شخص چاقو لے کر گھس گیا اور 6 بچوں کو قتل کر دیا۔",
     [("180", "قتل کر", "جنونی شخص چاقو", "بچوں")]),
    ("عمران خان منگل کو میڈیا سے بات چیت کر رہے تھے۔", []),
    ("عمران خان نے منگل کو چینی وفد سے بات چیت کی۔", [("040", "بات چیت کی", "عمران خان", "چینی")]),
    ("سلمان خان ہر کسی کی مدد کرتے ہیں۔", []),
    ("سلمان خان نے سیلاب زدگان کی مدد کی۔", [("070", "مدد کی", "سلمان خان", "سیلاب زدگان")]),
    # taking a town is 192 (occupy territory), which stays a FIGHT code whoever takes it
    ("شدت پسند تنظیم کے جنگجوؤں نے البو کمال قصبے پر قبضہ کر لیا۔",
     [("192", "قبضہ کر", "شدت پسند تنظیم کے جنگجوؤں", "البو کمال قصبے")]),
    # a clause joined by اور after a finite auxiliary keeps the agent before it; an event phrase is no
    # actor, but the demonym before it names its doer (اسرائیلی بمباری: Israel's, as blind19 codes this
    # article's other condemnation of it, though blind5 left this one's actor 2 null); the gap of سفیر
    # کو * سے واپس بلانا holds the country
    ("برازیل نے غزہ پر اسرائیلی بمباری پر تنقید کی تھی اور اپنے سفیر کو اسرائیل سے واپس بلا لیا تھا۔",
     [("111", "تنقید کی", "برازیل", "اسرائیلی"),
      ("161", "سفیر کو اسرائیل سے واپس بلا", "برازیل", "اسرائیل")]),
    # without نے the subject is the title + name, not the demonym before them
    ("اسرائیلی صدر ریوین ایولین برازیل سے معافی مانگ لی۔",
     [("055", "معافی مانگ", "ریوین ایولین", "برازیل")]),
    # a passive written with جاچکی; a date before کو is not the object; no target, no patient
    ("اب تک متاثرین میں نقد مالی امداد تقسیم کی جاچکی ہے۔", [("070", "امداد تقسیم کی", None, None)]),
    ("متاثرین میں جمعرات کو امداد تقسیم کی گئی۔", [("070", "امداد تقسیم کی", None, None)]),
    ("اجلاس میں تعاون جاری رکھنے کے عزم کا اعادہ کیا گیا۔", [("030", "عزم کا اعادہ کیا", None, None)]),
    # an interview with a named newspaper is the setting of a statement
    ("امریکی اخبار دی نیو یارک ٹائمز سے بات کرتے ہوئے صدر اوباما نے کہا کہ فضائی حملے جاری رہیں گے۔", []),
    ("وزیراعظم نے جمعرات کو ترک صدر سے ٹیلی فون پر بات کی۔", [("040", "بات کی", "وزیراعظم", "صدر")]),
    # violence: stones and bullets; a state side (police, a demonym before فوجیوں) makes it FIGHT;
    # armed men on volunteers is ASSAULT
    ("درجنوں فلسطینیوں نے اسرائیلی پولیس پر پتھراؤ کیا۔",
     [("190", "پتھراؤ کیا", "درجنوں فلسطینیوں", "اسرائیلی")]),
    ("پولیس نے مظاہرین پر گولیاں برسائیں۔", [("190", "گولیاں برسائیں", "پولیس", "مظاہرین")]),
    ("بھارتی فوجیوں نے تین نوجوانوں کو شہید کر ڈالا۔", [("190", "شہید کر", "بھارتی", "نوجوانوں")]),
    ("نامعلوم افراد نے امن لشکر کے رضاکاروں پر فائرنگ کی۔",
     [("180", "فائرنگ کی", "نامعلوم افراد", "امن لشکر کے رضاکاروں")]),
    ("داعش نے امریکی صحافی کا سر قلم کر دیا۔", [("186", "سر قلم کر", "داعش", "امریکی")]),
    # urging is an appeal only when an actor is urged (target column پر!)
    ("وزیراعظم نے پاکستان پر زور دیا کہ وہ تعاون کرے۔", [("020", "زور دیا", "وزیراعظم", "پاکستان")]),
    ("بان کی مون نے مذاکرات کی ضرورت پر زور دیا۔", []),
    # a person named without office or title attacking a civilian target: ASSAULT; a wish (رہیں)
    ("احمد نے دکاندار پر حملہ کر دیا۔", [("180", "حملہ کر", "احمد", "دکاندار")]),
    ("وہ دھرنے دیتے رہیں۔", []),
    # a verb stem + کر chains like کر کے (گولی مار کر ہلاک کر دیا: one act); a progressive (دے رہے
    # ہیں) is happening now; two verbs joined by اور are two acts
    ("پولیس نے حملہ آور کو گولی مار کر ہلاک کر دیا۔", [("190", "گولی مار", "پولیس", "حملہ آور")]),
    # a killing told with a genitive object (ساتھیوں کا قتل) is the chain's target too (blind8 0101p)
    ("افغانستان کے صوبہ ارزگان میں ایک پولیس اہلکار نے فائرنگ کر کے اپنے سات ساتھیوں کا قتل کر ڈالا ۔",
     [("190", "فائرنگ کر", "پولیس اہلکار", "ساتھیوں")]),
    # in the first person the speaker acts, X کی طرف سے is on whose behalf (blind27 0531p); a pronoun
    # object is someone other than the speaker, though the linker's two mentions of him differ
    ("وزیراعظم نوازشریف نے کہا کہ فوج بہادری سے لڑ رہی ہے۔ میں اپنی طرف،جنرل راحیل شریف اور پوری قوم کی "
     "طرف سے آپریشن ضرب عضب کی کامیابی پر فوج کو مبارکباد دیتا ہوں۔",
     [("051", "مبارکباد دیتا", "نوازشریف", "فوج")]),
    ("امیر جماعت اسلامی سراج الحق نے کہا کہ لوگ مایوس ہیں۔ سراج الحق نے کہا کہ جنگل کا قانون ہے۔ "
     "چیف جسٹس ناصر الملک اصولی آدمی ہیں میں ان سے گزارش کرتا ہوں کہ لاپتہ افراد کو بازیاب کرایا جائے۔",
     [("020", "گزارش کرتا", "سراج الحق", "ناصر الملک")]),
    # زور ڈالا کہ is urged like زور دیا کہ; a trigger that is a quote's cue has the quote's speaker when
    # the agent rules find none (نے glued to the next word: کونسل نےایبولا, blind26 0191p)
    ("حکومت کی جانب سے جاری بیان میں کہا گیا ہے کہ حملہ آوروں کا پتہ نہیں چلا۔ قبل ازیں اقوام متحدہ کی "
     "سکیورٹی کونسل نےایبولا وائرس کو خطرہ قرار دیتے ہوئے تمام ممالک پر زور ڈالا کہ وہ وسائل فراہم کریں۔",
     [("020", "زور ڈالا", "اقوام متحدہ", "تمام ممالک")]),
    # و joins the words of one name (وزارت پانی و بجلی), and an authority the recognizer leaves
    # untagged is a state actor: directions addressed to either are 10 (blind27 0174)
    ("وزیراعظم نواز شریف نے وزارت پانی و بجلی کو ہدایت کی کہ وہ صارفین کی شکایات دور کرے۔",
     [("100", "ہدایت کی", "نواز شریف", "وزارت پانی و بجلی")]),
    ("وزیراعظم نواز شریف نے نیشنل ڈیزاسٹر مینجمنٹ اتھارٹی کو ہدایت کی کہ وہ صوبہ سندھ کو بچائے۔",
     [("100", "ہدایت کی", "نواز شریف", "نیشنل ڈیزاسٹر مینجمنٹ اتھارٹی")]),
    # X اور Y کو with X an actor noun phrase: X is the target, its words ending at اور (blind22 0424p)
    ("حریت رہنمائوں نے یوم آزادی کے موقع پر پاکستان کی حکومت اور عوام کو مبارکباد دی ہے ۔",
     [("051", "مبارکباد دی", "حریت رہنماؤں", "پاکستان")]),
    ("افغان صدر اشرف غنی نے طالبان اور حزب اسلامی کو مذاکرات کی دعوت دی ہے۔",
     [("036", "دعوت دی", "اشرف غنی", "طالبان")]),
    # relief goods provided (اشیاء فراہم کیں); the comma of a list of nouns before the trigger does
    # not end the clause, so the target before the list is found (blind20 0589)
    ("وزیراعظم کو بتایا گیا کہ متاثرہ خاندانوں کو خیمے، خوراک اور غیر خوردنی اشیاء فراہم کی جا رہی ہیں۔",
     [("070", "اشیاء فراہم کی", None, "متاثرہ خاندانوں")]),
    # کی before an agent is a genitive (of ذمہ داری), not the light verb (blind16 0032)
    ("یمن میں بم دھماکوں سے ایک شخص ہلاک ہوگیا۔ ان حملوں کی کسی نے بھی ذمہ داری قبول نہیں کی۔", []),
    # talks or a negotiators' meeting called off: 164 (blind26 0328, blind27 0541); نہ صرف … بلکہ (not
    # only … but) negates nothing
    ("بھارت نے جب خارجہ سیکرٹریوں کی ملاقات منسوخ کی تو ہماری فوج تیار تھی۔",
     [("164", "ملاقات منسوخ کی", "بھارت", None)]),
    ("شرکت کے باوجود بھارت نے نہ صرف مذاکرات منسوخ کئے بلکہ سرحد پر کشیدگی بڑھا دی۔",
     [("164", "مذاکرات منسوخ کئے", "بھارت", None)]),
    # an indictment against someone (کے خلاف فرد جرم عائد کی) names its target like پر (blind6 0171);
    # it is CAMEO 173, charged with legal action, as docs/annotation.md has it (blind8, blind18)
    ("بھارتی فوج نے نو اہلکاروں کے خلاف فرد جرم عائد کر دی ہے۔",
     [("173", "فرد جرم عائد کر", "بھارتی", "نو اہلکاروں")]),
    ("ملزم پر اسلحہ رکھنے کی فردجرم بھی عائد کی گئی۔", [("173", "فرد جرم بھی عائد کی", None, "ملزم")]),
    # a first conjunct the recognizer did not tag, before a last one it did not tag either: still the
    # first conjunct (COUNTER 0570)
    ("وزیراعظم نے کہا کہ میں قائد حزب اختلاف اور اعتزاز احسن سے معذرت کرتا ہوں۔",
     [("055", "معذرت کرتا", "وزیراعظم", "قائد حزب اختلاف")]),
    # خبردار typed as two words (blind26 0020p)
    ("سعودی فرمانروا شاہ عبداللہ نے امریکہ کو خبر دار کیا ہے کہ داعش کے جنگجو خطرہ ہیں۔",
     [("130", "خبر دار کیا", "فرمانروا شاہ عبداللہ", "امریکہ")]),
    # X اور Y سے: the first conjunct is the target even when the last one is no name (0570p)
    ("وزیراعظم نواز شریف نے کہا کہ ہم پی ٹی آئی اور قادری سے بات کر رہے ہیں۔",
     [("040", "بات کر", "نواز شریف", "پی ٹی آئی")]),
    ("متحدہ کے کارکنان ہمیں دھمکیاں دے رہے ہیں۔", [("130", "دھمکیاں دے", "کارکنان", None)]),
    # (… اور پھر ان پر: the plural pronoun is the group just named, as blind8's annotator has it)
    ("اہلکار نے پہلے اپنے ساتھیوں کو زہر دیا اور پھر ان پر فائر کھول دیا۔",
     [("190", "زہر دیا", "اہلکار", "ساتھیوں"), ("190", "فائر کھول", "اہلکار", "ساتھیوں")]),
    ("پرویز مشرف نے نادرا کو درخواست دے دی۔", [("020", "درخواست دے", "پرویز مشرف", "نادرا")]),
    ("حکومت نے کسانوں کو امدادی پیکج دیا۔", [("070", "پیکج دیا", "حکومت", "کسانوں")]),
    ("دونوں ملکوں کے درمیان معاہدہ ہوگیا۔", [("057", "معاہدہ ہو", "دونوں ملکوں", None)]),
    ("انہوں نے نجی ٹی وی سے گفتگو کرتے ہوئے کہا کہ انتخابات شفاف تھے۔", []),
    # sieges, raids, curfews, deportations; slogans, gheraos, riots; grenades, fighting, killing;
    # praise and cheques handed out
    ("فوج نے شہر کا محاصرہ کر لیا۔", [("191", "محاصرہ کر", "فوج", "شہر")]),
    ("پولیس نے ملزمان کے گھروں پر چھاپے مارے۔", [("170", "چھاپے مارے", "پولیس", "ملزمان کے گھروں")]),
    ("انتظامیہ نے شہر میں کرفیو نافذ کر دیا۔", [("172", "کرفیو نافذ کر", "انتظامیہ", "شہر")]),
    ("سعودی عرب نے سینکڑوں غیر ملکیوں کو ملک بدر کر دیا۔",
     [("174", "ملک بدر کر", "سعودی عرب", "سینکڑوں غیر ملکیوں")]),
    ("مظاہرین نے حکومت کے خلاف نعرے لگائے۔", [("141", "نعرے لگائے", "مظاہرین", "حکومت")]),
    ("مشتعل افراد نے پریس کلب کا گھیراؤ کیا۔", [("141", "گھیراؤ کیا", "مشتعل افراد", "پریس کلب")]),
    ("مشتعل مظاہرین نے توڑ پھوڑ کی۔", [("145", "توڑ پھوڑ کی", "مشتعل مظاہرین", None)]),
    ("نامعلوم افراد نے پولیس چوکی پر دستی بم پھینکا۔",
     [("190", "دستی بم پھینکا", "نامعلوم افراد", "پولیس چوکی")]),
    ("ڈاکوؤں نے دکاندار کو مار ڈالا۔", [("180", "مار ڈالا", "ڈاکوؤں", "دکاندار")]),
    ("چین نے ترکی کی ستائش کی۔", [("051", "ستائش کی", "چین", "ترکی")]),
    ("وزیراعلیٰ نے متاثرین کو امدادی چیک تقسیم کیے۔", [("070", "چیک تقسیم کیے", "وزیراعلی", "متاثرین")]),
    # a generic noun for an organisation named before (عدالت after سپریم کورٹ); those who do
    # something (دھرنا دینے والوں); a demonym inside an owner phrase is not the owner
    # (a thing criticised — رویہ, فیصلہ, بیان — names its owner as actor 2: حکومت)
    ("سپریم کورٹ نے اٹارنی جنرل سے جواب طلب کر لیا۔ عدالت نے حکومت کے رویے پر برہمی کا اظہار کیا۔",
     [("100", "جواب طلب کر", "سپریم کورٹ", "اٹارنی جنرل"),
      ("111", "برہمی کا اظہار کیا", "سپریم کورٹ", "حکومت")]),
    ("وزیراعظم نے دھرنا دینے والوں کو خبردار کیا۔", [("130", "خبردار کیا", "وزیراعظم", "دھرنا دینے والوں")]),
    ("ایک امریکی یرغمال کے والدین نے داعش سے رہائی کی اپیل کی۔",
     [("020", "اپیل کی", "امریکی یرغمال کے والدین", "داعش")]),
    # a dateline's bracketed agency (اے پی پی) is no subject
    ("سیؤل ۔ 14 اگست (اے پی پی) مذہبی رہنما پوپ فرانزک 5 روزہ دورے پر جنوبی کوریا پہنچ گئے۔",
     [("042", "دورے پر جنوبی کوریا پہنچ", "فرانزک", "جنوبی کوریا")]),
    # the second verb of a chain names the target the first left out (… کو فائرنگ کرکے ہلاک کردیا)
    ("پولیس نے خودکش بمبار کو فائرنگ کرکے ہلاک کردیا۔", [("190", "فائرنگ کر", "پولیس", "خودکش بمبار")]),
    ("مقامی افراد نے حملہ کر کے ٹیم کے آٹھ ارکان کو قتل کر دیا۔",
     [("180", "حملہ کر", "مقامی افراد", "ٹیم کے آٹھ ارکان")]),
    # a conjunctive participle takes its main verb's mood (… کا دورہ کر کے … ملاقات کریں گے: future);
    # a light-verb homograph before a compound postposition (آپریشن کی وجہ سے) is a genitive; a
    # stance in the habitual present (امریکا … کی حمایت کرتا ہے) is no act
    ("چینی صدر نے کہا کہ وہ جلد پاکستان کا دورہ کر کے وزیراعظم سے ملاقات کریں گے۔", []),
    ("دہشت گردی کے خلاف آپریشن کی وجہ سے لوگ گھر چھوڑ گئے۔", []),
    ("امریکا پاکستان میں جمہوری عمل کی حمایت کرتا ہے۔", []),
    # … but voiced inside reported speech a verbal act in the present is performed as it is said (a
    # stance of the speaker's side), and a dropped subject there is the speaker; not a meeting, a
    # condition or what is done as a rule
    ("انہوں نے کہا کہ پاکستان اس اقدام کی حمایت کرتا ہے۔", [("051", "حمایت کرتا", "پاکستان", None)]),
    ("قائد حزب اختلاف سید خورشید شاہ نے کہا کہ اعتزاز احسن پر لگائے گئے الزامات کی پرزور مذمت کرتے ہیں۔",
     [("111", "مذمت کرتے", "سید خورشید شاہ", None)]),
    ("ملالہ کا کہنا تھا کہ وہ اپنی بہترین دوست سے پاکستان میں بات بھی کرتی ہیں۔", []),
    ("جسٹس ثاقب نثار نے کہا کہ اگر آپ بنیادی حقوق کی بات کرتے ہیں تو آپ آئین کی بات کرتے ہیں۔", []),
    # an indictment; solidarity voiced is a statement, no event (docs/annotation.md, blind19's annotator:
    # blind19, blind41-43 leave it uncoded)
    ("بھارتی فوج نے نو اہلکاروں پر فرد جرم عائد کر دی۔",
     [("173", "فرد جرم عائد کر", "بھارتی", "نو اہلکاروں")]),
    ("پاکستان نے بھارت کے ساتھ یکجہتی کا اظہار کیا۔", []),
    # the media named in a longer phrase (ذرائع ابلاغ کے نمائندوں) is still the press (the readiness
    # for talks in the quote is 03)
    ("وزیر اطلاعات نے ائرپورٹ پر ذرائع ابلاغ کے نمائندوں سے گفتگو کرتے ہوئے کہا کہ حکومت مذاکرات کے لیے "
     "تیار ہے۔", [("036", "مذاکرات کے لیے تیار", "حکومت", None)]),
    # a future typed as one word (کرینگے) and a stance with a progressive (کرتا رہا ہے) are no events
    ("وزیر خزانہ رواں ماہ سوئس حکومت سے مذاکرات کرینگے۔", []),
    ("امریکا پاکستان کے آئینی عمل کی ہمیشہ حمایت کرتا رہا ہے۔", []),
    # a talk without a partner (a debate, a broadcaster) is the setting of a statement, not a meeting;
    # with a named partner it is one
    ("جلیل عباس جیلانی مباحثے میں گفتگو کررہے تھے۔", []),
    ("انہوں نے ریڈیو پاکستان سے گفتگو کرتے ہوئے کہا کہ حکومت تیار ہے۔", []),
    ("نواز شریف چینی صدر سے گفتگو کر رہے تھے۔", [("040", "گفتگو کر", "نواز شریف", "صدر")]),
    # an act under way: the construction's noun, then جاری with ہے/رہا/رکھا (a gap for a time phrase)
    ("بھارت کی جانب سے لائن آف کنٹرول پر گولہ باری گزشتہ ایک ہفتہ سے جاری ہے۔",
     [("195", "گولہ باری گزشتہ ایک ہفتہ سے جاری", "بھارت", None)]),
    ("پولیس اور مظاہرین کے مابین تصادم کئی گھنٹے تک جاری رہا۔",
     [("190", "تصادم کئی گھنٹے تک جاری", "پولیس", "مظاہرین")]),
    ("اسرائیل نے غزہ پر حملے جاری رکھے۔", [("190", "حملے جاری", "اسرائیل", "غزہ")]),
    ("حکومت نے بیان جاری کیا۔", []),  # جاری کرنا: issued
    # a compound postposition typed joined (کیخلاف = کے خلاف) still marks actor 2
    ("پولیس نے کارکنوں کیخلاف کریک ڈاؤن کیا۔", [("170", "کریک ڈاؤن کیا", "پولیس", "کارکنوں")]),
    # the owner of an unmarked subject acts (بوکو حرام کے … جنگجو), and a particle typed onto the verb
    # (ہوئےتو) does not hide the construction; militants on a town are ASSAULT (18) by the guidelines
    # (blind13's annotator coded this one 19)
    ("بوکو حرام کے سینکڑوں جنگجو جب مچیکا نامی علاقے پر حملہ آور ہوئےتو فوجی دستے فرار ہو گئے۔",
     [("180", "حملہ آور ہوئے", "بوکو حرام", "مچیکا")]),
    # a numeral between the genitive and the noun still leaves the owner in the actor phrase
    ("مقامی افراد نے ٹیم کے 8 ارکان کو قتل کر دیا۔", [("180", "قتل کر", "مقامی افراد", "ٹیم کے 8 ارکان")]),
    # the source of a report (کشمیر میڈیا سروس کے مطابق) is no actor in it
    ("کشمیر میڈیا سروس کے مطابق مظاہرین سڑکوں پر نکل آئے۔", [("141", "سڑکوں پر نکل", "مظاہرین", None)]),
    # --- session 3: constructions by CAMEO root, written from Urdu news usage (not from a scored set)
    # appeals: urging, letters
    ("وزیراعظم نے وزرا کو تاکید کی کہ منصوبے جلد مکمل کیے جائیں۔", [("020", "تاکید کی", "وزیراعظم", "وزرا")]),
    ("عمران خان نے چیف جسٹس کو خط لکھا۔", [("020", "خط لکھا", "عمران خان", "چیف جسٹس")]),
    ("سرتاج عزیز نے بان کی مون کے نام خط ارسال کیا۔", [("020", "خط ارسال کیا", "سرتاج عزیز", "بان کی مون")]),
    ("دفتر خارجہ نے بھارتی ہائی کمیشن کو مراسلہ ارسال کیا۔",
     [("020", "مراسلہ ارسال کیا", "دفتر خارجہ", "بھارتی")]),
    # invitations and intent
    ("نواز شریف نے اشرف غنی کو دورہ پاکستان کی دعوت دی۔", [("036", "دعوت دی", "نواز شریف", "اشرف غنی")]),
    ("چینی صدر نے نواز شریف کی دعوت قبول کر لی۔", [("036", "دعوت قبول کر", "صدر", "نواز شریف")]),
    ("چین نے دہشت گردی کے خاتمے کا عہد کیا۔", [("030", "عہد کیا", "چین", None)]),
    ("حکومت نے متاثرین کی مکمل بحالی کا تہیہ کیا ہے۔", [("030", "تہیہ کیا", "حکومت", None)]),
    ("ایران نے مذاکرات جاری رکھنے کا ارادہ ظاہر کیا۔", [("030", "ارادہ ظاہر کیا", "ایران", None)]),
    # a wish is no commitment (سلمان خان … فلم میں کردار ادا کرنے کی خواہش کا اظہار کیا: blind14)
    ("سلمان خان نے مراٹھی فلم میں کردار ادا کرنے کی خواہش کا اظہار کیا۔", []),
    ("طالبان مذاکرات پر رضامند ہو گئے۔", [("030", "رضامند ہو", "طالبان", None)]),
    ("اپوزیشن جماعتیں مذاکرات پر رضا مند ہو گئیں۔", [("030", "رضا مند ہو", "اپوزیشن جماعتیں", None)]),
    ("امریکہ نے تعاون کی حامی بھر لی۔", [("030", "حامی بھر", "امریکہ", None)]),
    # consult: attending, meetings held, contact, leaving on a visit
    ("وزیراعظم نے کابینہ کے اجلاس میں شرکت کی۔", [("040", "اجلاس میں شرکت کی", "وزیراعظم", None)]),
    ("صدر نے عالمی کانفرنس میں شرکت کی۔", [("040", "کانفرنس میں شرکت کی", "صدر", None)]),
    ("آرمی چیف نے حلف برداری کی تقریب میں شرکت کی۔", [("040", "تقریب میں شرکت کی", "آرمی چیف", None)]),
    ("ایرانی وفد نے جنیوا میں مذاکرات میں شرکت کی۔", [("040", "مذاکرات میں شرکت کی", "ایرانی", None)]),
    ("کرکٹ ٹیم نے زمبابوے کے خلاف میچ میں شرکت کی۔", []),  # a match is no meeting
    ("وزیر خزانہ نے واشنگٹن میں کئی اجلاس منعقد کیے۔", [("040", "اجلاس منعقد کیے", "وزیر خزانہ", None)]),
    ("نواز شریف اور مودی کے درمیان ٹیلیفونک رابطہ ہوا۔", [("040", "رابطہ ہوا", "نواز شریف", "مودی")]),
    ("آرمی چیف راحیل شریف سرکاری دورے پر انڈونیشیا روانہ ہو گئے۔",
     [("042", "دورے پر انڈونیشیا روانہ ہو", "راحیل شریف", "انڈونیشیا")]),
    ("صدر ممنون حسین تین روزہ سرکاری دورے پر روانہ ہو گئے۔",
     [("042", "دورے پر روانہ ہو", "ممنون حسین", None)]),
    # protest: taking part, taking to the streets, holding a rally
    ("لاکھوں افراد نے مظاہروں میں شرکت کی۔", [("141", "مظاہروں میں شرکت کی", "افراد", None)]),
    ("طلبہ نے مظاہرے میں شرکت کی۔", [("141", "مظاہرے میں شرکت کی", "طلبہ", None)]),
    ("وکلا نے احتجاج میں شرکت کی۔", [("141", "احتجاج میں شرکت کی", "وکلا", None)]),
    ("کارکنوں نے ریلی میں شرکت کی۔", [("141", "ریلی میں شرکت کی", "کارکنوں", None)]),
    ("تحریک انصاف کے کارکنوں نے دھرنے میں شرکت کی۔", [("141", "دھرنے میں شرکت کی", "تحریک انصاف", None)]),
    ("ہزاروں مظاہرین سڑکوں پر نکل آئے۔", [("141", "سڑکوں پر نکل", "مظاہرین", None)]),
    ("جماعت اسلامی نے کراچی میں ریلی کا انعقاد کیا۔", [("141", "ریلی کا انعقاد کیا", "جماعت اسلامی", None)]),
    # praise, apology
    ("چینی صدر نے حکومت پاکستان کا اظہار تشکر کیا۔",
     [("051", "اظہار تشکر کیا", "صدر", "پاکستان")]),
    ("پاکستان نے فلسطینی عوام سے اظہار یکجہتی کیا۔", []),
    ("شائقین نے کھلاڑیوں کو داد دی۔", [("051", "داد دی", "شائقین", "کھلاڑیوں")]),
    ("وزیراعظم نے پولیس کو شاباش دی۔", [("051", "شاباش دی", "وزیراعظم", "پولیس")]),
    ("کھلاڑیوں نے سنگا کارا کو شاباشی دی۔", [("051", "شاباشی دی", "کھلاڑیوں", "سنگا کارا")]),
    ("اسرائیلی صدر نے برازیل سے معذرت کی۔", [("055", "معذرت کی", "صدر", "برازیل")]),
    # aid
    ("سعودی عرب نے سیلاب زدگان کی امداد کی۔", [("070", "امداد کی", "سعودی عرب", "سیلاب زدگان")]),
    ("چین نے پاکستان کو بھاری رقم فراہم کی۔", [("070", "رقم فراہم کی", "چین", "پاکستان")]),
    ("سعودی عرب نے اقوام متحدہ کو 100 ملین ڈالر فراہم کیے۔",
     [("070", "ڈالر فراہم کیے", "سعودی عرب", "اقوام متحدہ")]),
    ("عالمی بینک نے پاکستان کو فنڈز فراہم کیے۔", [("070", "فنڈز فراہم کیے", "عالمی بینک", "پاکستان")]),
    ("وفاقی حکومت نے سندھ کے لیے فنڈز جاری کیے۔", [("070", "فنڈز جاری کیے", "وفاقی حکومت", "سندھ")]),
    ("امریکہ نے افغان فوج کو معاونت فراہم کی۔", [("070", "معاونت فراہم کی", "امریکہ", "افغان")]),
    ("ایک تاجر نے ہسپتال کو ایک کروڑ روپے عطیہ کیے۔", [("070", "عطیہ کیے", "تاجر", "ہسپتال")]),
    ("ترکی نے شامی مہاجرین کو امدادی سامان فراہم کیا۔",
     [("070", "امدادی سامان فراہم کیا", "ترکی", "شامی")]),
    ("چین نے نیپال کے لیے امدادی سامان روانہ کیا۔", [("070", "امدادی سامان روانہ کیا", "چین", "نیپال")]),
    ("فلاحی تنظیم نے متاثرین میں راشن تقسیم کیا۔", [("070", "راشن تقسیم کیا", "فلاحی تنظیم", None)]),
    ("ایشیائی ترقیاتی بینک نے پاکستان کو قرض فراہم کیا۔",
     [("071", "قرض فراہم کیا", "ایشیائی ترقیاتی بینک", "پاکستان")]),
    ("روس نے ایڈورڈ سنوڈن کو سیاسی پناہ دے دی۔", [("075", "پناہ دے", "روس", "ایڈورڈ سنوڈن")]),
    # demands
    ("اپوزیشن نے حکومت سے استعفے کا تقاضا کیا۔", [("100", "تقاضا کیا", "اپوزیشن", "حکومت")]),
    ("سپریم کورٹ نے پولیس سے رپورٹ طلب کر لی۔", [("101", "رپورٹ طلب کر", "سپریم کورٹ", "پولیس")]),
    ("امریکہ نے پاکستان پر دباؤ ڈالا۔", [("100", "دباؤ ڈالا", "امریکہ", "پاکستان")]),
    ("وزرا نے وزیراعلیٰ پر دباؤ بڑھا دیا۔", [("100", "دباؤ بڑھا", "وزرا", "وزیراعلی")]),
    ("ارکان اسمبلی نے وزیراعلیٰ پر دبائو بڑھا دیا۔", [("100", "دباؤ بڑھا", "ارکان اسمبلی", "وزیراعلی")]),
    # accusations, complaints, cases
    ("حکومت نے طالبان کو حملے کا ذمہ دار قرار دیا۔",
     [("112", "ذمہ دار قرار دیا", "حکومت", "طالبان")]),
    ("امریکہ نے تنظیم کو دہشت گرد قرار دیا۔", [("112", "دہشت گرد قرار دیا", "امریکہ", "تنظیم")]),
    ("پاکستان نے اقوام متحدہ سے شکایت کی۔", [("114", "شکایت کی", "پاکستان", "اقوام متحدہ")]),
    ("پولیس نے ملزمان کے خلاف مقدمہ درج کر لیا۔", [("115", "مقدمہ درج کر", "پولیس", "ملزمان")]),
    # threats, sanctions
    ("مسلح افراد نے صحافی کو دھمکایا۔", [("130", "دھمکایا", "مسلح افراد", "صحافی")]),
    ("یورپی یونین نے روس پر پابندیاں سخت کر دیں۔", [("163", "پابندیاں سخت کر", "یورپی یونین", "روس")]),
    ("امریکہ نے ایران کے اثاثے منجمد کر دیے۔", [("163", "اثاثے منجمد کر", "امریکہ", "ایران")]),
    ("امریکہ نے مصر کی امداد روک دی۔", [("166", "امداد روک", "امریکہ", "مصر")]),
    ("برطانیہ نے یوگنڈا کی امداد معطل کر دی۔", [("166", "امداد معطل کر", "برطانیہ", "یوگنڈا")]),
    # coercion
    ("پولیس نے کارکنوں کے خلاف کریک ڈاؤن کیا۔", [("170", "کریک ڈاؤن کیا", "پولیس", "کارکنوں")]),
    ("حکومت نے اپوزیشن رہنما کو نظر بند کر دیا۔", [("173", "نظر بند کر", "حکومت", "اپوزیشن رہنما")]),
    ("پولیس نے ملزم کی گرفتاری عمل میں لائی۔", [("173", "گرفتاری عمل میں لائی", "پولیس", "ملزم")]),
    ("پولیس نے ڈاکوؤں کو پکڑ لیا۔", [("173", "پکڑ لیا", "پولیس", "ڈاکوؤں")]),
    ("وکٹ کیپر نے مشکل کیچ پکڑ لیا۔", []),  # a catch is no arrest: only an actor as actor 2
    ("پولیس نے مظاہرین پر آنسو گیس کی شیلنگ کی۔",
     [("175", "آنسو گیس کی شیلنگ کی", "پولیس", "مظاہرین")]),
    ("پولیس نے طلبہ پر آنسو گیس پھینکی۔", [("175", "آنسو گیس پھینکی", "پولیس", "طلبہ")]),
    ("پولیس نے مظاہرین پر آنسو گیس کے شیل فائر کیے۔",
     [("175", "آنسو گیس کے شیل فائر کیے", "پولیس", "مظاہرین")]),
    # violence
    ("خودکش حملہ آور نے بازار میں دھماکہ کیا۔", [("183", "دھماکہ کیا", "خودکش حملہ آور", None)]),
    ("ڈاکوؤں نے تاجر کو موت کے گھاٹ اتار دیا۔", [("180", "موت کے گھاٹ اتار", "ڈاکوؤں", "تاجر")]),
    ("شدت پسندوں نے دو شہریوں کو ذبح کر دیا۔", [("180", "ذبح کر", "شدت پسندوں", "شہریوں")]),
    ("دہشت گردوں نے پولیس کو ٹارگٹ کیا۔", [("190", "ٹارگٹ کیا", "دہشت گردوں", "پولیس")]),
    ("روس نے یوکرین پر چڑھائی کر دی۔", [("190", "چڑھائی کر", "روس", "یوکرین")]),
    ("طالبان نے فوجی چوکی پر یلغار کر دی۔", [("190", "یلغار کر", "طالبان", "فوجی چوکی")]),
    ("مظاہرین نے پولیس سٹیشن پر دھاوا بول دیا۔", [("190", "دھاوا بول", "مظاہرین", "پولیس سٹیشن")]),
    ("پاکستان کی مسلح افواج نے بھارت کو منہ توڑ جواب دیا۔",
     [("190", "منہ توڑ جواب دیا", "پاکستان", "بھارت")]),
    ("بھارتی فوج نے سیز فائر کی خلاف ورزی کی۔", [("196", "سیز فائر کی خلاف ورزی کی", "بھارتی", None)]),
    ("اسرائیل نے جنگ بندی کی خلاف ورزی کی۔", [("196", "جنگ بندی کی خلاف ورزی کی", "اسرائیل", None)]),
    ("بھارت نے فائر بندی کی خلاف ورزی کی۔", [("196", "فائر بندی کی خلاف ورزی کی", "بھارت", None)]),
    ("بھارتی فورسز نے ورکنگ باؤنڈری کی خلاف ورزی کی۔",
     [("196", "ورکنگ باؤنڈری کی خلاف ورزی کی", "بھارتی", None)]),
    ("بھارت نے کنٹرول لائن کی خلاف ورزی کی۔", [("196", "کنٹرول لائن کی خلاف ورزی کی", "بھارت", None)]),
    # an inceptive (شروع) inside any construction: the act began
    ("مسلح افراد نے شہریوں پر اندھا دھند فائرنگ شروع کر دی۔",
     [("180", "فائرنگ شروع کر", "مسلح افراد", "شہریوں")]),
    ("ایران اور امریکہ کے درمیان مذاکرات شروع ہو گئے۔", [("046", "مذاکرات شروع ہو", "ایران", "امریکہ")]),
    # a town is where people live, not a side: gunmen attacking it is ASSAULT; attacking a country
    # (a state) is FIGHT
    ("مسلح افراد نے بورنو پر حملہ کیا۔", [("180", "حملہ کیا", "مسلح افراد", "بورنو")]),
    ("مسلح افراد نے پاکستان پر حملہ کیا۔", [("190", "حملہ کیا", "مسلح افراد", "پاکستان")]),
    # داعش has a known non-state role (actor_roles.tsv); an American journalist is no state
    ("داعش کے جنگجوؤں نے ایک امریکی صحافی کو ہلاک کر دیا۔", [("180", "ہلاک کر", "داعش", "امریکی")]),
    # X اور Y کے درمیان with names of any length
    ("کینیڈا کی ایس ایم سی لیوا لین اور چینی نیوکلیئر پاور انجینئرنگ کمپنی کے درمیان معاہدہ طے پاگیا۔",
     [("057", "معاہدہ طے پاگیا", "کینیڈا کی ایس ایم سی لیوا لین", "چینی نیوکلیئر پاور انجینئرنگ کمپنی")]),
    # a dateline's places (لاہور + اسلام آباد) are where the report was filed, not the actor
    ("لاہور + اسلام آباد (نامہ نگار ) تحریک انصاف کے کارکنوں کیخلاف کریک ڈاؤن جاری ہے۔",
     [("170", "کریک ڈاؤن جاری", None, "تحریک انصاف")]),
    # thanks or praise for a deed: its doer (X کی طرف سے) is actor 2; لکھے گئے خط is a participle
    # before a noun, not the end of a clause; بھارتی وزیراعظم is not the وزیراعظم named before
    ("وزیراعظم محمد نواز شریف نے بھارتی وزیراعظم کی طرف سے لکھے گئے خط پر تشکر کا اظہار کیا ہے۔",
     [("051", "تشکر کا اظہار کیا", "محمد نواز شریف", "وزیراعظم")]),
    ("وزیر خزانہ نے ایشین ڈویلپمنٹ بینک کی طرف سے فنڈز فراہم کرنے کی تعریف کی۔",
     [("051", "تعریف کی", "وزیر خزانہ", "ڈویلپمنٹ بینک")]),
    # X جنہوں نے …: the phrase before the relative pronoun is the agent of its clause, and that
    # نے governs nothing after the relative clause's own verb
    ("عراق میں اسلامی عسکریت پسندوں جنہوں نے ملک کے سب سے بڑے ڈیم پر قبضہ کر لیا، امریکہ نے فضائی حملے کیے۔",
     [("192", "قبضہ کر", "اسلامی عسکریت پسندوں", "بڑے ڈیم"), ("195", "فضائی حملے کیے", "امریکہ", None)]),
    ("نگہت مرزا نے کہا کہ صولت مرزا ڈرائیور تھے جس نے قتل کا حکم دیا اسے کوئی کچھ نہیں کہتا، ہمیں متحدہ کے "
     "کارکنان دھمکیاں دے رہے ہیں۔", [("130", "دھمکیاں دے", "کارکنان", "نگہت مرزا")]),
    # ہمیں (us) inside a quote is the speaker's side
    ("نگہت مرزا نے کہا کہ ہمیں متحدہ کے کارکنان دھمکیاں دے رہے ہیں۔",
     [("130", "دھمکیاں دے", "کارکنان", "نگہت مرزا")]),
    # the first of two conjuncts before a postposition is an object, not an unmarked subject (and, as
    # the first of the workers' coordinated owners, the one they are coded with)
    ("اسلام آباد (نامہ نگار) تحریک انصاف اور عوامی تحریک کے کارکنوں کیخلاف کریک ڈاؤن جاری ہے۔",
     [("170", "کریک ڈاؤن جاری", None, "تحریک انصاف")]),
    # ایک شخص (a person) is a private actor: violence by one on civilians is ASSAULT
    ("سکول میں ایک شخص نے بچوں پر فائرنگ کی۔", [("180", "فائرنگ کی", "شخص", "بچوں")]),
    # whom aid is for: X کی امداد کیلئے / کے طور پر, or X کے لئے with an actor noun
    ("سعودی عرب نے لاکھوں مہاجرین کی امداد کیلئے 500 ملین ڈالر کی رقم فراہم کی۔",
     [("070", "رقم فراہم کی", "سعودی عرب", "مہاجرین")]),
    ("نیسلے پاکستان نے سیلاب سے متاثرہ لوگوں کی امداد کے طور پر پینے کے پانی کا عطیہ دیا۔",
     [("070", "عطیہ دیا", "پاکستان", "متاثرہ لوگوں")]),
    ("حکومت نے شہریوں کے لئے رقم فراہم کی۔", [("070", "رقم فراہم کی", "حکومت", "شہریوں")]),
    # دورہ پر: the direct form some papers write for دورے پر
    ("آرمی چیف تین روزہ سرکاری دورہ پر پیر کو انڈونیشیا روانہ ہوگئے۔",
     [("042", "دورہ پر پیر کو انڈونیشیا روانہ ہو", "آرمی چیف", "انڈونیشیا")]),
    # … پہنچنے کے فورا بعد: an infinitive (of any verb) reports no act
    ("منگل کو پاکستان کے ایک روزہ دورے پر یہاں پہنچنے کے فورا بعد انہوں نے وزیراعظم سے ملاقات کی۔",
     [("040", "ملاقات کی", None, "وزیراعظم")]),
    ("بوکو حرام نے متعدد شہروں پر کنٹرول حاصل کر لیا ہے۔",
     [("192", "کنٹرول حاصل کر", "بوکو حرام", "متعدد شہروں")]),
    # unidentified motorcyclists (a three-word actor noun) are private gunmen: ASSAULT
    ("نامعلوم موٹر سائیکل سواروں نے دکان پر فائرنگ کی۔",
     [("180", "فائرنگ کی", "نامعلوم موٹر سائیکل سواروں", "دکان")]),
    # the place struck: X میں right before the strikes (or their number) — not where an operation was
    # carried out, nor when an object was hit there
    ("اسرائیلی فورسز نے غزہ میں فضائی حملے کیے۔", [("195", "فضائی حملے کیے", "اسرائیلی فورسز", "غزہ")]),
    ("مجاہدین نے جوابی کارروائی کرتے ہوئے اسرائیلی علاقے میں 16 راکٹ فائر کیے۔",
     [("195", "راکٹ فائر کیے", "مجاہدین", "اسرائیلی")]),
    # an operation needs a named opponent (three blind sets left operations without one uncoded: a
    # police search, surgery, an operation begun) — unless an army does it or it is called military:
    # that is force used though no foe is named (blind6, uner_blind3); a search or a rescue is not
    ("فوج نے شمالی وزیرستان ایجنسی میں کامیاب آپریشن کیا۔", [("190", "آپریشن کیا", "فوج", None)]),
    ("سکیورٹی فورسز نے علاقے میں آپریشن شروع کر دیا۔", [("190", "آپریشن شروع کر", "سکیورٹی فورسز", None)]),
    ("علاقے میں فوجی آپریشن کیا گیا۔", [("190", "آپریشن کیا", None, None)]),
    ("سیکورٹی فورسز نے علاقے کو گھیرے میں لے کر سرچ آپریشن شروع کر دیا۔", []),
    ("پاک فوج نے سیلاب زدہ علاقوں میں ریسکیو آپریشن کیا۔", []),
    ("ڈاکٹروں نے مریض کا آپریشن کیا۔", []),
    # a coordinated target's first conjunct, past the last conjunct's named owner and title (… اور X
    # کے صدر Y کے وارنٹ); not when اور joins the owners of an unnamed head (X اور Y کے مشترکہ وکیل کو)
    ("وفاقی عدالت نے سابق وزیراعظم یوسف رضا گیلانی اور پاکستان پیپلز پارٹی پارلیمینٹرین کے صدر مخدوم امین "
     "فہیم کے وارنٹ گرفتاری بھی جاری کر دیے ہیں۔",
     [("173", "وارنٹ گرفتاری بھی جاری کر", "وفاقی عدالت", "یوسف رضا گیلانی")]),
    # a demand or directions with no addressee of their own are addressed to the one the participle
    # clause before them was (X کو نوٹس جاری کرتے ہوئے: blind9, blind17); the notice served in that
    # participle and the demand after it are one demand, coded by the main verb
    ("سپریم کورٹ نے ازخود نوٹس مقدمے میں اٹارنی جنرل کو نوٹس جاری کرتے ہوئے آج جمعہ تک جواب طلب کر لیا ہے۔",
     [("100", "جواب طلب کر", "سپریم کورٹ", "اٹارنی جنرل")]),
    ("اس درخواست پر عدالت نے استغاثہ کو نوٹس جاری کرتے ہوئے آج جواب جمع کرانے کی ہدایت کر دی ہے۔",
     [("100", "ہدایت کر", "عدالت", "استغاثہ")]),
    # (only a demand told twice so is one: praise in a participle and praise after it stay two, as
    # blind6 and blind36 code them)
    ("وزیراعظم نواز شریف نے کمشنر شمائل احمد خواجہ کو زبردست خراج تحسین پیش کرتے ہوئے شاباش دی۔",
     [("051", "خراج تحسین پیش کرتے", "نواز شریف", "شمائل احمد خواجہ"),
      ("051", "شاباش دی", "نواز شریف", "شمائل احمد خواجہ")]),
    # an unmarked وہ continues the person its sentence named as a subject after the last speaker, not
    # the speaker (blind35); a person with a postposition after it is no subject (ملاقات … سے)
    ("وزیراعظم نواز شریف نے کہا کہ وزیر اعلیٰ پنجاب شہباز شریف مسلسل سیلاب متاثرین کے ساتھ ہیں، وہ خود "
     "متاثرہ علاقوں کا دورہ کر رہے ہیں۔", [("042", "دورہ کر", "شہباز شریف", "متاثرہ علاقوں")]),
    ("وزیراعظم نواز شریف نے کہا کہ شہباز شریف سے ملاقات مفید رہی، وہ خود متاثرہ علاقوں کا دورہ کر رہے ہیں۔",
     [("042", "دورہ کر", "نواز شریف", "متاثرہ علاقوں")]),
    # a relative clause that a finite auxiliary ends inside the act's clause (… میں جہاں … ملوث ہے) is
    # embedded: the agent is the ergative before it, not a name inside the object
    ("یورپی یونین میں شامل تمام ممالک نے شام یا کسی ایسے علاقے میں جہاں فرانسیسی فوج آپریشن میں ملوث ہے کی "
     "براہ راست مدد کرنے پر اتفاق کیا ہے۔", [("030", "اتفاق کیا", "ممالک", None)]),
    # a deed protested is its doer's, named by X کی طرف سے (as for a deed condemned), though no کے خلاف
    # names a target; a state's protest is CAMEO 114, complain officially
    ("افغان حکام نے بھی انگور اڈا میں پاکستانی سکیورٹی فورسز کی طرف سے کی جانے والی فائرنگ پر شدید احتجاج "
     "کیا تھا۔", [("114", "احتجاج کیا", "افغان", "پاکستانی")]),
    # a ban on doing something (کھیلنے پر پابندی) names what is banned with پر: the one banned is the
    # پر phrase before it (a pronoun there its antecedent) — for sanctions only (کرنے پر زور دیا: urging)
    ("آئی سی سی نے سعید اجمل کے باؤلنگ ایکشن کو غیر قانونی قرار دیتے ہوئے ان پر بین الاقوامی میچ کھیلنے پر "
     "پابندی عائد کر دی ہے۔", [("163", "پابندی عائد کر", "آئی سی سی", "سعید اجمل")]),
    ("چیمپئنز لیگ فائنل میں نارائن پر باؤلنگ کرنے پر پابندی عائد کی گئی تھی۔",
     [("163", "پابندی عائد کی", None, "نارائن")]),
    # the force whose (aerial) operation did a passive act is its doer; hideouts struck are their
    # owners' (blind17), passive or active
    ("سیکیورٹی فورسز کی فضائی کارروائی میں دہشت گردوں کے 9 ٹھکانے بھی تباہ کئے گئے۔",
     [("190", "تباہ کئے", "سیکیورٹی فورسز", "دہشت گردوں")]),
    ("فوج نے دہشت گردوں کے ٹھکانے تباہ کر دیے۔", [("190", "تباہ کر", "فوج", "دہشت گردوں")]),
    # … and so are hideouts called پناہ گاہیں, two words (uner_blind3 uner:101), across a quantifier
    ("سیکیورٹی فورسز نے دہشت گردوں کی کئی پناہ گاہیں تباہ کر دیں۔",
     [("190", "تباہ کر", "سیکیورٹی فورسز", "دہشت گردوں")]),
    # an intransitive construction has no نے agent: the earlier پولیس نے governs only its own verb;
    # the unmarked subject stops before a demonstrative (اس وقت)
    ("پولیس نے لاٹھی چارج کیا جس کے بعد یہ مظاہرین اس وقت سڑکوں پر نکلے۔",
     [("175", "لاٹھی چارج کیا", "پولیس", None), ("141", "سڑکوں پر نکلے", "مظاہرین", None)]),
    # thanks to someone: X سے اظہار تشکر کیا
    ("چینی صدر شی چن پنگ نے وزیراعظم نواز شریف سے اظہار تشکر کیا ہے۔",
     [("051", "اظہار تشکر کیا", "شی چن پنگ", "نواز شریف")]),
    # کر چکے ہیں (have done), بڑھانے لگے (began to): the act is reported; an unmarked subject ends
    # at its actor noun when the object's quantifier or name follows
    ("بوکو حرام کے جنگجو متعدد شہروں پر کنٹرول حاصل کر چکے ہیں۔",
     [("192", "کنٹرول حاصل کر", "بوکو حرام", "متعدد شہروں")]),
    ("ارکان اسمبلی وزیراعلیٰ پر دباؤ بڑھانے لگے ہیں۔", [("100", "دباؤ بڑھانے", "ارکان اسمبلی", "وزیراعلی")]),
    # praise of a thing: its named owner is actor 2
    ("وزیراعظم نے بھاشا ڈیم پر امریکی معاونت کو سراہا۔", [("051", "سراہا", "وزیراعظم", "امریکی")]),
    ("وزیر خزانہ نے معاہدہ کرانے میں عالمی بینک کے کردار کی تعریف کی۔",
     [("051", "تعریف کی", "وزیر خزانہ", "عالمی بینک")]),
    # a coordinated agent is coded with its first named conjunct
    ("پاکستان اور اس کی عوام نے بھارت کے عوام کا شکریہ ادا کیا۔",
     [("051", "شکریہ ادا کیا", "پاکستان", "بھارت")]),
    # a state's protest is an official complaint (CAMEO 114), not a demonstration
    ("شمالی کوریا نے قرارداد پر شدید احتجاج کیا۔", [("114", "احتجاج کیا", "شمالی کوریا", None)]),
    # a dash after a finite verb ends the sentence: پولیس نے does not reach the next one
    ("پولیس نے لاٹھی چارج کیا تاہم کسی جانی نقصان کی اطلاع موصول نہیں ہوئی ہے-یہ مظاہرین اس وقت "
     "سڑکوں پر نکلے۔",
     [("175", "لاٹھی چارج کیا", "پولیس", None), ("141", "سڑکوں پر نکلے", "مظاہرین", None)]),
    # تیزی سے (quickly) is a manner adverb, not the partner; of two named objects the first is coded
    ("امریکہ نے چین سے تیزی سے مذاکرات کیے۔", [("046", "مذاکرات کیے", "امریکہ", "چین")]),
    ("حکومت نے بھارت اور افغانستان کو خبردار کیا۔", [("130", "خبردار کیا", "حکومت", "بھارت")]),
    # a passive act reported in a body's statement (X کے جاری بیان میں … کیا گیا): X acted, and so
    # did the participle before it; حامیوں (supporters) are people, not the verb حامی بھرنا
    ("قومی دفاعی کمیشن کے جاری بیان میں قرارداد کی مذمت کرتے ہوئے قرارداد کے حامیوں کو خبردار کیا گیا ہے کہ "
     "اسے نتائج بھگتنا ہوں گے۔",
     [("111", "مذمت کرتے", "قومی دفاعی کمیشن", None),
      ("130", "خبردار کیا", "قومی دفاعی کمیشن", "قرارداد کے حامیوں")]),
    # حملے کی جتنی بھی مذمت (however much the attack is condemned): a genitive, no attack reported;
    # میزبانی کئے جانے پر: a passive infinitive names the hosting, it reports none
    ("پولیو ورکرز پر حملے کی جتنی بھی مذمت کی جائے کم ہے۔", []),
    ("چینی صدر نے دورہ پاکستان کے دوران پرتپاک میزبانی کئے جانے پر وزیراعظم سے اظہار تشکر کیا۔",
     [("051", "اظہار تشکر کیا", "صدر", "وزیراعظم")]),
    # an imperfective participle before a present auxiliary (سراہتے ہیں) inside reported speech is
    # praise performed as it is said (blind16's annotator took it for the statement alone; blind7, 18,
    # 19, 23, 33, 34 and 36 coded such stances)
    ("وزیراعظم نے کہا کہ وہ متاثرین سیلاب کی ہمت اور حوصلے کو سراہتے ہیں۔",
     [("051", "سراہتے", "وزیراعظم", "متاثرین سیلاب")]),
    ("وزیر اطلاعات نے کہا کہ عمران خان ہر روز نیا الزام لگاتے ہیں۔", []),
    # advice to an actor is an appeal (blind19, blind22); a doctor's advice of rest is medicine
    ("وزیر داخلہ چودھری نثار نے وزیراعظم سے ملاقات کی۔ وزیراعظم نے انہیں آج پریس کانفرنس نہ کرنے کا "
     "مشورہ دیا۔",
     [("040", "ملاقات کی", "چودھری نثار", "وزیراعظم"), ("020", "مشورہ دیا", "وزیراعظم", "چودھری نثار")]),
    ("برازیل نے اسرائیل اور فلسطین کو ایک دوسرے کی خود مختاری کو برداشت کرنے کا مشورہ دیا۔",
     [("020", "مشورہ دیا", "برازیل", "اسرائیل")]),
    ("ڈاکٹروں نے طبی معائنے کے بعد انہیں مکمل آرام کا مشورہ دیا ہے۔", []),
    # a child is a private person: an attack on one by no known state is an assault (18)
    ("ملالہ کی والدہ تریکئی یوسفزئی نے کہا کہ حملہ آوروں کو چھوٹی سی بچی پر حملہ کرتے وقت ذرا بھی رحم "
     "نہیں آیا۔",
     [("180", "حملہ کرتے", None, "چھوٹی سی بچی")]),
    # the state's departments (متعلقہ اداروں) are actors to direct; a news agency (خبر رساں ادارے) is
    # the press, its longer entry winning over ادارے
    ("کابینہ نے متعلقہ اداروں کو ہدایات جاری کیں کہ وہ صورتحال کا جائزہ لیں۔",
     [("100", "ہدایات جاری کیں", "کابینہ", "متعلقہ اداروں")]),
    ("اداکارہ شلپا شیٹی نے بھارتی خبر رساں ادارے سے گفتگو کرتے ہوئے کہا کہ وہ فلم میں کام کریں گی۔", []),
    # a finite talk with people of an area is a meeting (blind23); addressed in a participle before a
    # saying they are its setting
    ("وزیراعظم محمد نواز شریف نے سیالکوٹ کا دورہ کیا۔ شہاب پورہ کے دورہ کے دوران انہوں نے علاقے کے لوگوں "
     "سے گفتگو کی اور ان سے امدادی سرگرمیوں کے حوالے سے سوالات پوچھے۔",
     [("042", "دورہ کیا", "محمد نواز شریف", "سیالکوٹ"),
      ("040", "گفتگو کی", "محمد نواز شریف", "علاقے کے لوگوں")]),
    ("وزیراعظم نے علاقے کے لوگوں سے گفتگو کرتے ہوئے کہا کہ حکومت متاثرین کی مدد کرے گی۔", []),
    # a resolution's house (یہ ایوان … مذمت کرتا ہے) is the legislature it was moved in (blind7)
    ("جمعہ کو قومی اسمبلی میں وزیر مملکت شیخ آفتاب احمد نے قرارداد پیش کی کہ یہ ایوان میڈیا کے نمائندوں پر "
     "حملوں کی شدید مذمت کرتا ہے اور حکومت سے مطالبہ کرتا ہے کہ ذمہ داروں کو سزا دی جائے۔",
     [("111", "مذمت کرتا", "قومی اسمبلی", None), ("100", "مطالبہ کرتا", "قومی اسمبلی", "حکومت")]),
    # a body part's operation (سر کا آپریشن) is surgery, not a military operation
    ("نوبل انعام یافتہ ملالہ یوسفزئی نے کہا کہ وہ ٹھیک ہیں۔ ملالہ کو ہیلی کاپٹر کے ذریعے پشاور منتقل کیا گیا "
     "جہاں اس کے سر کا آپریشن کیا گیا۔", []),
    # a coordinated agent is coded with its first conjunct: before a title and its place (چیف سیکرٹری
    # پنجاب), and in a list closed by دیگر (others) whose items have owners (COUNTER 0515p, 0518p)
    ("وزیراعظم محمد نواز شریف سیالکوٹ ائرپورٹ پہنچے تو وزیر مملکت سائرہ افضل تارڑ اور چیف سیکرٹری پنجاب "
     "نے ان کا استقبال کیا۔", [("043", "استقبال کیا", "سائرہ افضل تارڑ", "محمد نواز شریف")]),
    ("صدر ممنون حسین، وزیراعظم نواز شریف، تحریک انصاف کے چیئرمین عمران خان، الطاف حسین اور دیگر نے دھماکے کی "
     "مذمت کی ہے۔", [("111", "مذمت کی", "ممنون حسین", None)]),
    # in the speaker's own voice (ممنون ہوں کہ, میرے اصرار پر) انہوں نے is someone the speaker named, not
    # the speaker; in reported speech it is the speaker (COUNTER 0570p)
    ("عمران خان نے کہا کہ وزیراعظم نواز شریف کا ممنون ہوں کہ انہوں نے غیر مبہم انداز میں معافی مانگی۔",
     [("055", "معافی مانگی", "نواز شریف", None)]),
    ("عمران خان نے کہا کہ انہوں نے غیر مبہم انداز میں معافی مانگی۔",
     [("055", "معافی مانگی", "عمران خان", None)]),
    # protesters' violence on no one (stones thrown, cars set on fire) is a riot, CAMEO 145; on a
    # state's force it is 19 (blind12 0508p, blind6)
    ("مظاہرین نے پتھرائو کیا اور کئی کاروں کو نذر آتش کردیا، فسادات 25 سال بعد ہوئے۔",
     [("145", "پتھراؤ کیا", "مظاہرین", None), ("145", "نذر آتش کر", "مظاہرین", None)]),
    ("فلسطینی مظاہرین نے اسرائیلی پولیس پر پتھراو کیا۔", [("190", "پتھراو کیا", "فلسطینی", "اسرائیلی")]),
    # a deputy prime minister is no prime minister: the one he welcomes is (COUNTER 0159)
    ("وزیراعظم محمد نواز شریف اجلاس میں شرکت کیلئے یہاں پہنچ گئے۔ ایئرپورٹ پر نیپال کے نائب وزیراعظم بام دیو "
     "گوتم نے وزیراعظم کا پرتپاک خیر مقدم کیا۔", [("043", "خیر مقدم کیا", "بام دیو گوتم", "محمد نواز شریف")]),
    # a phrase with کو before an infinitive is the infinitive's object: the one stoned to death is the
    # earlier کو phrase, not the woman of the charge (uner_blind2, passage 2)
    ("صومالیہ میں شدت پسند تنظیم الشباب کی عدالت نے ایک کم عمر نوجوان کو ایک خاتون کو ریپ کرنے کے الزام میں "
     "سنگسار کر کے ہلاک کر دیا ہے۔", [("180", "ہلاک کر", "الشباب", "کم عمر نوجوان")]),
    # a coordinated target is coded with its first conjunct, also when the last one has a possessive
    # and a noun in apposition before its name (ان کے بھائی پیر X; COUNTER 0581, 0416)
    ("سراج الحق نے پیر صاحب پگارا اور ان کے بھائی پیر صدر الدین شاہ راشدی کو منصورہ آنے کی دعوت دی ہے۔",
     [("036", "دعوت دی", "سراج الحق", "پیر صاحب پگارا")]),
    ("گھر والوں نے پسند کی شادی کرنے والی لڑکی اور اس کے شوہر کو قتل کردیا۔",
     [("180", "قتل کر", "گھر والوں", "لڑکی")]),
    # مجھ پر (on me) inside a quote is the speaker as a target; مجھ is never a subject (COUNTER 0570p)
    ("عمران خان نے کہا کہ چوہدری نثار نے مجھ پر الزامات لگا کر اپنی ساکھ خراب کی ہے۔",
     [("112", "الزامات لگا", "چوہدری نثار", "عمران خان")]),
    ("عمران خان نے کہا کہ بہت بڑے لوگ مجھ انجری سے نجات دلانے کے لئے میری مدد کر رہے ہیں۔",
     [("070", "مدد کر", "لوگ", None)]),
    # talk is a consultation only with someone talked to (every gold 04 بات کی has one): ضرورت اس بات کی
    # ہے (the need is for this) and قائد حزب اختلاف نے کافی بات کر لی ہے are none (COUNTER 0578, 0570)
    ("نواز شریف نے عمران خان سے ٹیلی فون پر بات کی۔", [("040", "بات کی", "نواز شریف", "عمران خان")]),
    ("یہ صورتحال واقعی خطرناک ہے۔ ضرورت اس بات کی ہے کہ ایکشن پلان پر عمل کیا جائے۔", []),
    ("وزیراعظم نے کہا کہ قائد حزب اختلاف نے کافی بات کر لی ہے۔", []),
    # a relative clause after the copula of the clause it describes has that clause's actor as its
    # agent — not past a comma (uner_blind1; COUNTER 0512p, 0549p)
    ("اندازوں کے مطابق ان افراد میں ایسے شیعہ افراد بھی شامل ہیں جنھوں نے حکومت مخالف مظاہروں میں حصہ "
     "لیا تھا۔",
     [("141", "مظاہروں میں حصہ لیا", "شیعہ افراد", None)]),
    ("وہ امریکی سینیٹر ٹم کین اور اینگس کنگ سے بات کر رہے تھے جنہوں نے ان سے ملاقات کی۔",
     [("040", "بات کر", None, "ٹم کین"), ("040", "ملاقات کی", "ٹم کین", None)]),
    ("اس موقعے پر ان کے حمایتی بڑی تعداد میں موجود تھے جنھوں نے سخت نعرہ بازی کی۔",  # uner_blind3
     [("141", "نعرہ بازی کی", "حمایتی", None)]),
    ("صدر نے کہا کہ پولیو کا ذمہ دار پاکستان نہیں، وہ عناصر ہیں جنہوں نے اداروں پر حملہ کیا۔",
     [("190", "حملہ کیا", "عناصر", "اداروں")]),  # (the elements, an actor noun since the 29th session)
    # a decision condemned is no actor; X کے مخالفین (X's opponents) are not X, but the whole phrase
    ("نواز شریف کے مخالفین نے فوج کو کنٹرول دینے کے فیصلے کی مذمت کی ہے۔",
     [("111", "مذمت کی", "نواز شریف کے مخالفین", None)]),
    # directions addressed to an actor are a demand (10); an order with no addressee is none
    ("حکام نے لوگوں کو محفوظ مقامات پر نقل مکانی کرنے کی ہدایت کر دی ہے۔",
     [("100", "ہدایت کر", "حکام", "لوگوں")]),
    ("حکومت نے سروے کی ہدایت کی ہے۔", []),
    ("ابراہیم نے انٹرپول سے مدد طلب کی ہے۔", [("020", "مدد طلب کی", "ابراہیم", "انٹرپول")]),
    # a perfective act without نے continues the preceding speaker (its subject was dropped)
    ("ابراہیم نے کہا کہ رقم منتقل کی گئی۔ انٹرپول سے مدد طلب کی ہے۔",
     [("020", "مدد طلب کی", "ابراہیم", "انٹرپول")]),
    # a government department (محکمہ) is an actor an order can be addressed to; the office (وزیر
    # اعلی پنجاب: the Chief Minister of Punjab) gives it, not the place
    ("وزیر اعلی پنجاب نے محکمہ صحت کو ہدایت دی ہے کہ تحقیقات کی جائیں۔",
     [("100", "ہدایت دی", "وزیر اعلی", "محکمہ صحت")]),
    # a stem before a vector verb (آغاز کر دیا) is no conjunctive participle: a later infinitive
    # (کرنا ہے) does not make it irrealis; the second of two coordinated agents is the other side
    ("امریکی صدر باراک اوباما اور افریقی سربراہان نے مذاکرات کا آغاز کر دیا ہے جس کا مقصد تجارت کو "
     "وسیع تر کرنا ہے۔", [("046", "مذاکرات کا آغاز کر", "باراک اوباما", "افریقی سربراہان")]),
    ("پاکستان اور چین نے معاہدے پر دستخط کیے۔", [("057", "دستخط کیے", "پاکستان", "چین")]),
    # talks one keeps having (کرتے رہتے ہیں) are a habit; a meeting under نہ (… ہوئی نہ …) none
    ("ترجمان نے کہا کہ ہم اپنے تمام شراکت داروں سے بات چیت کرتے رہتے ہیں۔", []),
    ("ان دنوں وزیراعظم سے کوئی ملاقات ہوئی نہ کسی معاملے پر بات ہوئی ہے۔", []),
    # … and past the auxiliaries (COUNTER 0492: the speaker denies offering to resign); نہ کہ (rather
    # than) negates nothing before it
    ("سپیکر نے کہا کہ استعفیٰ کی پیشکش کی ہے نہ مستعفی ہوں گا۔", []),
    ("حکومت نے مظاہرین سے مذاکرات کئے ہیں نہ کہ طاقت استعمال کی ہے۔",
     [("046", "مذاکرات کئے", "حکومت", "مظاہرین")]),
    # officers and students (افسران, طلباء as the tagger leaves them) are actors to urge; a party's
    # lawsuit (مقدمہ کر رکھا ہے) is 115
    ("ترجمان نے سرکاری افسران پر زور دیا کہ وہ قانون کا احترام کریں۔",
     [("020", "زور دیا", "ترجمان", "سرکاری افسران")]),
    ("صدر ممنون حسین نے طلباء پر زور دیا کہ وہ اساتذہ کا احترام کریں۔",
     [("020", "زور دیا", "ممنون حسین", "طلباء")]),
    ("عمران خان نے سپیکر کے خلاف مقدمہ کر رکھا ہے۔", [("115", "مقدمہ کر", "عمران خان", "سپیکر")]),
    # رکھنا completes a verb (دے رکھی تھی, کر رکھا ہے): the act was done, and a later infinitive
    # (نہ کرنے) does not make it irrealis; an application made at an office (میں درخواست دی) is 02
    ("سنوڈن نے رشین فیڈرل مائگریشن سروس میں درخواست دے رکھی تھی۔",
     [("020", "درخواست دے", "سنوڈن", "فیڈرل مائگریشن")]),
    ("عمران خان نے سپیکر کے خلاف مقدمہ کر رکھا ہے اس لیے مفاہمت کے لیے کردار ادا نہ کرنے پر مجبور ہوں۔",
     [("115", "مقدمہ کر", "عمران خان", "سپیکر")]),
    # directions are addressed to the first کو phrase; a later one belongs to the infinitive (دینے)
    ("عدالت نے ڈپٹی اٹارنی جنرل کو وزارت داخلہ کی رپورٹ فریقین وکلا کو دینے کی ہدایت کر دی۔",
     [("100", "ہدایت کر", "عدالت", "ڈپٹی اٹارنی جنرل")]),  # the office, not the Attorney General's
    ("صدر ممنون حسین نے وفاقی ٹیکس محتسب پر زور دیا کہ شکایات جلد نمٹائی جائیں۔",
     [("020", "زور دیا", "ممنون حسین", "وفاقی ٹیکس محتسب")]),
    # a talk with a broadcaster named before its media noun (پاکستان ٹیلی ویژن سے) is the setting of
    # a statement
    ("ان خیالات کا اظہار ملالہ یوسفزئی نے بدھ کو پاکستان ٹیلی ویژن سے خصوصی بات چیت کرتے ہوئے کیا۔", []),
    # an agent by کی طرف سے reaches a passive act across the infinitives of its own complement
    # (… نہ دینے پر … جرمانہ کرنے کی دھمکی), not across a clause of time (ملنے کے بعد, above)
    ("خفیہ پروگرام کے تحت نیشنل سیکیورٹی ایجنسی کی طرف سے یاہو کو معلومات نہ دینے پر ڈالر جرمانہ کرنے کی "
     "دھمکی دی گئی تھی۔", [("130", "دھمکی دی", "نیشنل سیکیورٹی ایجنسی", "یاہو")]),
    # a title with its jurisdiction (وزیر اعلیٰ پنجاب) is the person who held the same office before
    ("وزیر اعلیٰ پنجاب محمد شہباز شریف نے اجلاس کی صدارت کی۔ وزیراعظم نے کہا کہ وزیر اعلیٰ پنجاب نے جس "
     "طرح رات دن سیلاب زدگان کی مدد کی اس کی مثال نہیں ملتی۔",
     [("070", "مدد کی", "محمد شہباز شریف", "رات دن سیلاب زدگان")]),
    # an operation with no named opponent (a search, surgery) is no use of force; a news agency
    # (خبر رساں ادارے) is the press: talking to it is the setting of a statement
    ("پولیس نے علاقے میں سرچ آپریشن شروع کر دیا۔", []),
    ("بھارتی خبر رساں ادارے سے گفتگو کرتے ہوئے شلپا نے کہا کہ زیورات سے محبت ہے۔", []),
    # a plural pronoun object (ان پر) is the group named just before, in this sentence or the last
    ("طلبا کا یہ گروہ مظاہرے میں شرکت کے لیے گیا تھا ۔پولیس نے ان پر گولیاں چلا دیں۔",
     [("190", "گولیاں چلا", "پولیس", "طلبا")]),
    # an official visit under way (دورے پر ہیں) is made by the person the owner phrase heads (بری
    # فوج کے سربراہ جنرل راحیل شریف), not the owner; a guard of honour hosts a visit; protests broke
    # out with no named actor (اس before a noun is a determiner, no pronoun subject)
    ("بری فوج کے سربراہ جنرل راحیل شریف اس وقت انڈونیشیاء کے سرکاری دورہ پر ہیں۔",
     [("042", "دورہ پر ہیں", "راحیل شریف", "وقت انڈونیشیاء")]),
    ("ہوائی اڈے پر وزیراعظم کو سلامی پیش کی گئی۔", [("043", "سلامی پیش کی", None, "وزیراعظم")]),
    ("قتل کے اس اندوہناک واقعے کے خلاف مقبوضہ علاقے میں زبردست مظاہرے پھوٹ پڑے تھے۔",
     [("141", "مظاہرے پھوٹ پڑے", None, None)]),
    # a meeting with a person named by a title that resolves to an earlier mention is no press talk,
    # whatever stood after that earlier mention (اخبار نویسوں)
    ("وزیر خزانہ اسحاق ڈار نے اخبار نویسوں سے گفتگو کرتے ہوئے بتایا کہ اجلاس ہوئے۔ وزیر خزانہ سے عالمی "
     "بنک کے نائب صدر نے ملاقات کی۔", [("040", "ملاقات کی", "نائب صدر", "اسحاق ڈار")]),
    # انہوں نے after a quote that reports another person's act is still the speaker, as an agent too
    ("سعودی وزیر صالح الشیخ نے کہا کہ شاہ عبداللہ نے ہمیں انتظامات کی ہدایت کی ہے۔ انہوں نے حکومت سے مطالبہ "
     "کیا کہ انتظامات بہتر کیے جائیں۔",
     [("100", "ہدایت کی", "شاہ عبداللہ", "صالح الشیخ"), ("100", "مطالبہ کیا", "صالح الشیخ", "حکومت")]),
    # a sentence that goes on with a speaker's words without a cue speaks in their first person
    ("سپیکر ایاز صادق نے کہا کہ وزیراعظم سے ملاقات نہیں ہوئی۔ کردار ادا کر سکتا تھا لیکن عمران خان نے "
     "میرے خلاف مقدمہ کر رکھا ہے۔", [("115", "مقدمہ کر", "عمران خان", "ایاز صادق")]),
    # انھوں نے after a group named as the agent of an earlier clause of the sentence is that group
    ("داعش کے شدت پسندوں نے عراق اور شام میں کارروائیاں شروع کر رکھی ہیں اور جون میں انھوں نے عراق کے "
     "شمال پر قبضہ کر لیا تھا۔", [("192", "قبضہ کر", "داعش", "عراق")]),
    # روزنامہ دنیا (a daily) is the press: talking to it is the setting of a statement
    ("سماجی ورکرز نے روزنامہ دنیا سے خصوصی بات چیت کرتے ہوئے کہا کہ قوانین کمزور ہیں۔", []),
    # a focus particle inside the construction (دورہ بھی کیا, عزم کا بھی اظہار کیا) is part of it
    ("وزیراعظم نے متاثرہ علاقوں کا دورہ بھی کیا۔", [("042", "دورہ بھی کیا", "وزیراعظم", "متاثرہ علاقوں")]),
    ("چینی صدر شی جن پنگ نے تعاون بڑھانے کے عزم کا بھی اظہار کیا۔",
     [("030", "عزم کا بھی اظہار کیا", "شی جن پنگ", None)]),
    # a listed target is coded with its first named item, as a listed agent is (blind15's call)
    ("وزیراعظم نے لاہور، کراچی اور پشاور کا دورہ کیا۔", [("042", "دورہ کیا", "وزیراعظم", "لاہور")]),
    # constructions mined from the COUNTER articles: destroyed, cleared, taken hostage, facilities
    ("داعش نے شمالی عراق میں فوجی ہیلی کاپٹر کو تباہ کر دیا۔",
     [("190", "تباہ کر", "داعش", "فوجی ہیلی کاپٹر")]),
    ("سیکیورٹی فورسز نے میر علی کو کلیئر کر دیا۔", [("192", "کلیئر کر", "سیکیورٹی فورسز", "میر علی")]),
    ("دولت اسلامیہ نے امدادی کارکن کو مغوی بنایا۔",
     [("181", "مغوی بنایا", "دولت اسلامیہ", "امدادی کارکن")]),
    ("پاک فوج نے سیلاب متاثرین کو بنیادی سہولتیں فراہم کیں۔",
     [("074", "سہولتیں فراہم کیں", "پاک فوج", "سیلاب متاثرین")]),
    # an invitation with a clause of what is asked is an appeal; one to visit is an invitation (036);
    # a person welcomed is received (043), a decision welcomed is praised (051)
    ("نواز شریف نے دھرنے والوں کو دعوت دیتے ہوئے کہا کہ آئیں مل کر متاثرین کی مدد کریں۔",
     [("020", "دعوت دیتے", "نواز شریف", "دھرنے والوں")]),
    ("وزیر خارجہ نے افغان صدر اشرف غنی کو دورہ پاکستان کی دعوت دی۔",
     [("036", "دعوت دی", "وزیر خارجہ", "اشرف غنی")]),
    ("آرمی چیف جنرل راحیل شریف نے وزیراعظم نواز شریف کا خیرمقدم کیا۔",
     [("043", "خیرمقدم کیا", "راحیل شریف", "نواز شریف")]),
    ("وزیراعظم نے نیپرا کے فیصلے کا خیر مقدم کیا۔", [("051", "خیر مقدم کیا", "وزیراعظم", "نیپرا")]),
    # sport: the toss winner's invitation to bat is no invitation (036), and عزائم (designs, a
    # batsman's ambitions) is not عزم (resolve to cooperate)
    ("پاکستان نے ٹاس جیت کر بنگلہ دیش کو پہلے کھیلنے کی دعوت دی۔", []),
    ("جنوبی افریقہ نے آسٹریلیا کو بیٹنگ کی دعوت دی۔", []),
    ("محمد حفیظ نے کریز پر آتے ہی خطرناک عزائم کا اظہار کیا۔", []),
    # a manner phrase (تحریری طور پر: in writing) is no target
    ("احسان مانی نے تحریری طور پر تنقید کی۔", [("111", "تنقید کی", "احسان مانی", None)]),
    # threatened, inside the threatened man's words: he is the target, so not the one who threatened
    ("اس بارے میں بومن ایرانی نے کہا کے مجھے روی پوجاری کی طرف سے دھمکیاں مل رہی ہیں۔ نجانے کیوں انڈر ورلڈ "
     "کے لوگوں کی طرف سع مجھے دھمکایا جا رہا ہے۔",
     [("130", "دھمکیاں مل", "روی پوجاری", "بومن ایرانی"), ("130", "دھمکایا", None, "بومن ایرانی")]),
    # hosting is a visit only with an actor as the guest, not a TV show
    ("سلمان خان شو کی مسلسل پانچویں مرتبہ میزبانی کر رہے ہیں۔", []),
    ("وزیراعظم نواز شریف نے چینی صدر شی جن پنگ کی میزبانی کی۔",
     [("043", "میزبانی کی", "نواز شریف", "شی جن پنگ")]),
    # a passive in progress has no agent (not the next speaker); a habitual passive reports no act;
    # X کی بجائے (instead of X) is no light verb
    ("وزیراعظم نواز شریف نے کہا کہ آپریشن جاری رہے گا۔ آپریشن میں ایم کیو ایم کے کارکنوں کو نشانہ بنایا "
     "جارہا ہے۔", [("190", "نشانہ بنایا", None, "ایم کیو ایم")]),
    ("امریکی حکام کہتے ہیں کہ ڈرون حملوں میں صرف شدت پسند ہی نشانہ بنائے جاتے ہیں۔", []),
    ("انہوں نے کہا کہ امریکہ پاکستان کے ساتھ امداد کی بجائے تجارتی تعلقات کی حوصلہ افزائی کرے گا۔", []),
    # the unmarked subject of a passive arrest or attack is the one acted on
    ("سرچ آپریشن کے دوران 20 سے زائد خطرناک دہشت گرد گرفتار کئے گئے۔",
     [("173", "گرفتار کئے", None, "زائد خطرناک دہشت گرد")]),
    ("شمالی وزیرستان کا 90 فیصد علاقہ کلیئر کر لیا گیا ہے۔", [("192", "کلیئر کر", None, "شمالی وزیرستان")]),
    # a count after the genitive stays inside the construction (blind9's call: border violations are 19)
    ("بھارت نے رواں سال ورکنگ باؤنڈری کی 224 خلاف ورزیاں کی ہیں۔",
     [("196", "ورکنگ باؤنڈری کی 224 خلاف ورزیاں کی", "بھارت", None)]),
    # a later bare صدر is the holder of the صدر مملکت named before
    ("صدر مملکت ممنون حسین نے وفاقی محتسب سے ملاقات کی۔ جمعہ کو صدر نے ترکی کے وزیر خارجہ سے ملاقات کی۔",
     [("040", "ملاقات کی", "ممنون حسین", "وفاقی محتسب"), ("040", "ملاقات کی", "ممنون حسین", "وزیر خارجہ")]),
    # the construction's noun in a genitive after a focus particle (the cabinet approved the talks too)
    ("کابینہ نے تھائی لینڈ اور پاکستان کے درمیان مفاہمت کی یادداشت پر بات چیت کی بھی منظوری دی۔", []),
    ("کابینہ نے بینکوں کی نگرانی کے معاملات پر مفاہمت کی یادداشت پر دستخط کی بھی منظوری دی۔", []),
    # aid, provision, investment or support announced is pledged (CAMEO 03), not given (07); whom it is
    # for is named by کے لیے in any spelling, and must be an actor (a purpose is none)
    ("پنجاب حکومت نے جاں بحق ہونے والوں کے ورثاء کے لئے پانچ لاکھ روپے فی کس امداد کا اعلان کر دیا۔",
     [("033", "امداد کا اعلان کر", "پنجاب", "جاں بحق ہونے والوں کے ورثاء")]),
    ("نواز شریف نے متاثرہ علاقوں کے نوجوانوں کو روزگار کی فراہمی کا اعلان کیا۔",
     [("033", "فراہمی کا اعلان کیا", "نواز شریف", "متاثرہ علاقوں کے نوجوانوں")]),
    ("امریکی صدر باراک اوباما نے افریقہ میں 33 ارب ڈالر کی سرمایہ کاری کا اعلان کیا۔",
     [("031", "سرمایہ کاری کا اعلان کیا", "باراک اوباما", None)]),
    ("طلبہ نے تحریک بی ڈی ایس کا ساتھ دینے کا اعلان کیا۔",
     [("030", "ساتھ دینے کا اعلان کیا", "طلبہ", "تحریک بی ڈی ایس")]),
    ("حکومت نے زراعت کی بحالی کے لئے پیکج دیا۔", [("070", "پیکج دیا", "حکومت", None)]),
    # an unmarked ہم nearest the trigger is its subject, the speaker, whatever an unpunctuated sentence
    # named before it; support, praise or thanks for a thing has no actor 2 ...
    ("زرداری نے کہا کہ یہ پاکستان کا داخلہ مسئلہ ہے ہم کسی کی حمایت نہیں کر رہے ہم قانون اور آئین کی حکمرانی"
     " کی حمایت کرتے ہیں۔", [("051", "حمایت کرتے", "زرداری", None)]),
    ("وزیراعظم نے معاشی ترقی کی تعریف کی۔", [("051", "تعریف کی", "وزیراعظم", None)]),
    # ... but people named by a common noun or an agentive phrase are one
    ("امیتابھ بچن نے اپنے مداحوں کا شکریہ ادا کیا۔", [("051", "شکریہ ادا کیا", "امیتابھ بچن", "مداحوں")]),
    ("نواز شریف نے جنگ لڑنے والوں کے خاندانوں کو مبارکباد دی۔",
     [("051", "مبارکباد دی", "نواز شریف", "جنگ لڑنے والوں کے خاندانوں")]),
    # a participle before a pronoun agent is the act of the one who speaks on, not of a person his
    # quote said acted
    ("سرتاج عزیز نے کہا کہ افغان صدر اشرف غنی نے بھی وزیراعظم کے وژن سے اتفاق کیا۔ پاک چائنہ انسٹیٹیوٹ کی"
     " کوششوں کی تعریف کرتے ہوئے انہوں نے کہا کہ وہ مشکور ہیں۔",
     [("030", "اتفاق کیا", "اشرف غنی", None),
      ("051", "تعریف کرتے", "سرتاج عزیز", "پاک چائنہ انسٹیٹیوٹ کی کوششوں")]),
    # forgiving an actor (CAMEO 056), those named by an agentive phrase too; a perfective vector
    # (معاف کر دیا ہے) without نے continues the speaker; دیں without نے is a subjunctive (a request,
    # 020 — blind22's call — but no forgiveness)
    ("ملالہ کی والدہ تورپکئی یوسفزئی نے کہا کہ ملالہ پر حملہ کرنے والوں کو معاف کر دیا ہے۔",
     [("056", "معاف کر", "تورپکئی یوسفزئی", "حملہ کرنے والوں")]),
    ("میری مداحوں سے درخواست ہے کہ وہ تمام کھلاڑیوں کو معاف کر دیں۔",
     [("020", "درخواست ہے", None, "مداحوں")]),
    # praise by calling a role praiseworthy, its light verb typed joined (قراردیا)
    ("وزیراعظم نواز شریف نے فوج کے کردار کو قابل تحسین قراردیا۔",
     [("051", "قابل تحسین قرار دیا", "نواز شریف", "فوج کے کردار")]),
    # the conjunction و typed onto an actor noun (وجوانوں) leaves it an actor
    ("وزیراعظم نواز شریف نے تمام فوجیافسران وجوانوں کو مبارکباد دی۔",
     [("051", "مبارکباد دی", "نواز شریف", "فوجیافسران وجوانوں")]),
    # a singular demonstrative agent (اسی نے, اس نے) is the nearest actor before it, a country here
    ("تاہم بھارت کو پہل کرنی چاہئے کیونکہ اسی نے مذاکرات منسوخ کئے تھے۔",
     [("164", "مذاکرات منسوخ کئے", "بھارت", None)]),
    # a country's border post (a demonym before چوکی) is the state: an attack on it is a FIGHT (19x)
    ("80 دہشت گردوں نے پاکستان افغان سرحد پر واقع پاکستانی سرحدی چوکی پر حملہ کیا۔",
     [("190", "حملہ کیا", "دہشت گردوں", "پاکستانی")]),
    # talking to an outlet the knowledge base knows as media is the setting of a statement, no meeting
    ("سفیر اشوک مکھرجی نے نوائے وقت سے بات چیت کرتے ہوئے کہا کہ دورہ جلد ہو گا۔", []),
    # a time or place phrase in میں told between a construction's noun and its verb (blind21, blind34,
    # uner_blind1); a postposition before that میں, or a verb that is not the construction's, ends it
    ("واضح رہے کہ یہ حملہ ایسے وقت میں کیا گیا ہے جب نیٹو افواج ملک سے نکل رہی ہیں۔",
     [("190", "حملہ ایسے وقت میں کیا", None, None)]),
    ("سرکاری ٹی وی نے خبر دی ہے کہ فضائی بمباری سرحدی گاؤں ہاور میں کی گئی۔",
     [("195", "بمباری سرحدی گاؤں ہاور میں کی", None, None)]),
    ("اس پروگرام پر دستخط دسمبر 2012ء میں کئے گئے۔", [("057", "دستخط دسمبر 2012ء میں کئے", None, None)]),
    ("فوج نے آپریشن جنوبی وزیرستان میں بھی شروع کیا۔",
     [("190", "آپریشن جنوبی وزیرستان میں بھی شروع کیا", "فوج", None)]),
    ("پاک فضائیہ نے بھی آپریشن ضرب عضب میں حصہ لیا۔", []),
    ("حملے کی تحقیقات کے دوران علاقے میں کیا ہوا، یہ معلوم نہیں۔", []),
    # so is a day in کو; a کو-phrase that is no day, where the construction's target takes کو, is
    # its target (blind24)
    ("حکومت نے امداد 15 اگست کو دی۔", [("070", "امداد 15 اگست کو دی", "حکومت", None)]),
    ("تحریک انصاف نے جلسے کے لئے باضابطہ طور پر درخواست اسلام آباد انتظامیہ کو دے دی ہے۔",
     [("020", "درخواست اسلام آباد انتظامیہ کو دے", "تحریک انصاف", "اسلام آباد انتظامیہ")]),
    ("حکومت نے امداد گزشتہ روز متاثرین کو دی۔",
     [("070", "امداد گزشتہ روز متاثرین کو دی", "حکومت", "متاثرین")]),
    # the injured treated in hospital (طبی امداد) receive no aid; medical aid to flood victims is aid
    ("لیویز اہلکاروں نے زخمیوں کو فوری تربت ہسپتال منتقل کر دیا جہاں زخمیوں کو طبی امداد دی جا رہی ہے۔", []),
    ("زخمیوں کع طبعی سہولیات فراہم کی جا رہی ہیں ۔", []),
    ("پاک بحریہ کے طبی عملے نے متاثرین کو ضروری طبی امداد فراہم کی۔",
     [("070", "امداد فراہم کی", "پاک بحریہ", "متاثرین")]),
    # what one should do (چاہئے کہ …) is not done, a conjunctive participle in it included
    ("انہوں نے کہا کہ پی سی بی کو چاہئے کہ وہ آئی سی سی ارکان سے بات کر کے ایک سکیورٹی پروٹوکول بنائے۔", []),
    ("انہوں نے کہا کہ پی سی بی نے آئی سی سی ارکان سے بات کر کے ایک سکیورٹی پروٹوکول بنایا۔",
     [("040", "بات کر", "پی سی بی", "آئی سی سی")]),
    # a relative or a supporter of X is not X: the actor is the whole phrase (news_words role relation)
    ("تربت میں وزیراعلی بلوچستان ڈاکٹرعبدالمالک بلوچ کے بھتیجے نے پولیس اہلکار پر فائرنگ کی۔",
     [("190", "فائرنگ کی", "ڈاکٹرعبدالمالک بلوچ کے بھتیجے", "پولیس اہلکار")]),
    ("ڈیوڈ ہائینز کے اہلخانہ نے اغواء کاروں سے اپیل کی ہے۔",
     [("020", "اپیل کی", "ڈیوڈ ہائینز کے اہلخانہ", "اغواء کاروں")]),
    ("پولیس نے عمران خان کے حامیوں کو گرفتار کر لیا۔",
     [("173", "گرفتار کر", "پولیس", "عمران خان کے حامیوں")]),
    # those who did something (X کرنے والے) are named with their verb and its object
    ("وزیر اعظم نے آپریشن ضرب عضب میں حصہ لینے والے فوجی جوانوں سے اگلے مورچوں پر ملاقات کی۔",
     [("040", "ملاقات کی", "وزیر اعظم", "حصہ لینے والے فوجی جوانوں")]),
    # X نامی Y (a Y named X): the actor is X, the first of two names joined by اور
    ("بھارتی فوجیوں نے عباس ملہ اور منظور ملک نامی نوجوانوں کو شہید کیا۔",
     [("190", "شہید کیا", "بھارتی", "عباس ملہ")]),
    ("پولیس نے عمر کونزالز نامی ایک شخص کو گرفتار کر لیا۔", [("173", "گرفتار کر", "پولیس", "عمر کونزالز")]),
    # the agency that filed the report (its dateline) is no organisation a later اس تنظیم refers to
    ("بغداد۔ یکم جولائی (اے پی پی) عراقی حکام کے مطابق متعدد علاقوں میں اس شدت پسند تنظیم کے خلاف حکومتی "
     "فورسز کارروائیوں میں مصروف ہیں۔ واضح رہے کہ چند روز قبل اس تنظیم نے یکے بعد دیگرے متعدد عراقی شہروں پر "
     "قبضہ کر لیا تھا۔", [("192", "قبضہ کر", "شدت پسند تنظیم", "عراقی")]),
    # an act told passively inside a letter (خط لکھا جس میں …) is the writer's, and a pronoun patient
    # (ان سے) is someone other than the writer
    ("وزیر اعظم کے مشیر خارجہ سر تاج عزیز نے اقوام متحدہ کے جنرل سیکرٹری کو خط لکھا جس میں ان سے کردار ادا "
     "کرنے کی اپیل کی گئی ہے۔", [("020", "خط لکھا", "سر تاج عزیز", "سیکرٹری"),
                               ("020", "اپیل کی", "سر تاج عزیز", "سیکرٹری")]),
    # a clause after تاہم, لیکن or مگر has objects of its own: the fighters killed, not the refinery
    ("جنگجوؤں نے آئل ریفائنری کو 3 مختلف مقامات سے نشانہ بنایا تاہم فضائی کارروائی میں 20 جنگجو مارے گئے۔",
     [("180", "نشانہ بنایا", "جنگجوؤں", "آئل ریفائنری"), ("190", "مارے", None, "جنگجو")]),
    # a headline's place before a comma is no first conjunct of the agent (no اور makes a list)
    ("سرینگر، بھارتی فوجی نے فائرنگ کر کے اپنے ہی ساتھی مار دیے ۔", [("190", "فائرنگ کر", "بھارتی", None)]),
    # a passive's subject before the district it fell in (X کے ضلع Y میں: a place, not the one killed)
    ("بھارتی فوجی مقبوضہ کشمیر کے ضلع کپواڑہ میں مارے گئے۔", [("190", "مارے", None, "بھارتی")]),
    # neither … nor (… کیا اور نہ …), and without doing (کیے بغیر), report no act; an age is the phrase's
    ("کسی ملک پر حملہ کیا اور نہ کسی کی زمین پر قبضہ کرنا چاہتے ہیں۔", []),
    ("توہین عدالت پر فرد جرم عائد کیے بغیر کسی کو سزا نہیں دی جاسکتی۔", []),
    ("10سالہ خودکش حملہ آور نے افغان صدر سے تحفظ کی اپیل کر دی ۔",
     [("020", "اپیل کر", "10سالہ خودکش حملہ آور", "صدر")]),
    # those who go out to protest are the unmarked subject; X کی طرف سے … فیصلے is whose decision
    # they protest (its doer, actor 2), not who protests
    ("ایک ہفتہ قبل ہزاروں افراد چین کی طرف سے ہانگ کانگ کے انتخابی امیدواروں کی چھان بین کے فیصلے کے خلاف "
     "سڑکوں پر نکل آئے تھے۔", [("141", "سڑکوں پر نکل", "افراد", "چین")]),
    # a headline tells an arrest or an abduction by its participle alone (… ملزم گرفتار): in a document's
    # first sentence, ending a clause with no verb; elsewhere, or with a verb, it is no such act
    ("18 کروڑ40 لاکھ ٹیکس چوری میں مطلوب ملزم گرفتار", [("173", "گرفتار", None, "مطلوب ملزم")]),
    ("مقبوضہ کشمیر میں حریت رہنما سید صلاح الدین کا بیٹا گرفتار",
     [("173", "گرفتار", None, "سید صلاح الدین کا بیٹا")]),
    ("سوڈان میں جھڑپ کے دوران 208 افراد ہلاک؛ 108بچے اغوا", [("181", "اغوا", None, "بچے")]),
    ("پولیس نے چوری کے مقدمے کی تفتیش شروع کی۔ مطلوب ملزم گرفتار", []),
    ("مطلوب ملزم گرفتار ہے۔", []),
    # a headline names an attack, a meeting or a protest by its noun alone: actor 2 marked by the
    # construction's postposition, actor 1 the genitive before it when that genitive agrees with the
    # noun (داعش کا … حملہ; عملے کی بس پر … حملہ: the bus's, no doer); not an adjective (ہلاک), nor in a
    # lead opened by a dateline (the body tells it again)
    ("مصر میں داعش کا پولیس چیک پوسٹ پر حملہ، 13 اہلکار ہلاک",
     [("190", "حملہ", "داعش", "پولیس چیک پوسٹ")]),
    ("وسط ایشیائی وزرا کی وزیر تجارت و سیکریٹری سے ملاقات",
     [("040", "ملاقات", "وسط ایشیائی وزرا", "وزیر تجارت و سیکریٹری")]),
    ("صدر سے چیئرمین فیڈرل پبلک سروس کمیشن کی بھی ملاقات",
     [("040", "ملاقات", "فیڈرل پبلک سروس کمیشن", "صدر")]),
    ("افغانستان میں مقامی عدالتی عملے کی بس پر خودکش حملہ، 10 افراد ہلاک",
     [("180", "حملہ", None, "مقامی عدالتی عملے کی بس")]),
    ("طوفانی بگولوں سے 14 افراد ہلاک، متعدد زخمی", []),
    # an adjective between the doer's genitive and the noun (کا شدید احتجاج) leaves the genitive the doer's
    ("کاشتکاروں کا شدید احتجاج، کینو کے 500 کنٹینر پھنس گئے", [("140", "احتجاج", "کاشتکاروں", None)]),
    ("کابل (نیوز ایجنسیاں) افغانستان میں نیٹو کے قافلے پر خود کش حملہ،4افراد ہلاک", []),
    # what one used to do (imperfective participle and a past auxiliary) reports no act; the injured
    # and the dead taken into custody are carried to hospital, not arrested
    ("جو لوگ مجھ پر تنقید کرتے تھے میں ان سے آج بھی اچھی طرح ملتی ہوں۔", []),
    ("میں شوبز میں آنے سے پہلے اپنے والد سے مشاورت کرتی تھی۔", []),
    ("پولیس اور ریسکیو ٹیمیں موقع پر پہنچ گئیں جنہوں نے زخمیوں اور نعشوں کو تحویل میں لے کر ہسپتال "
     "پہنچایا۔", []),
    ("پولیس نے ملزم کو حراست میں لے لیا۔", [("173", "حراست میں لے", "پولیس", "ملزم")]),
    # a flood or a storm, or a disease, is no actor
    ("امریکہ میں موذی مرض نے ایک اور شخص کو نشانہ بنایا۔", []),
    ("وزیراعظم نے کہا کہ سیلاب نے فصلیں تباہ کیں، فصلوں کو نقصان پہنچایا۔", []),
    ("وزیراعظم نے طوفانی بارشوں اور سیلاب سے جانی و مالی نقصان کی آئندہ چوبیس گھنٹے میں رپورٹ طلب کر لی ہے۔",
     [("101", "رپورٹ طلب کر", "وزیراعظم", None)]),
    # an object pronoun after the doer's اور is whom the doer's clause before it met (a pronoun is never
    # its own clause's subject); a place in میں is a setting, not someone met
    ("صدر اشرف غنی نے مذاکرات کی حمایت کی۔ سرتاج عزیز نے کابل میں عبداللہ عبداللہ سے بھی ملاقات کی اور "
     "انہیں دورہ پاکستان کی دعوت دی۔",
     [("051", "حمایت کی", "اشرف غنی", None), ("040", "ملاقات کی", "سرتاج عزیز", "عبداللہ عبداللہ"),
      ("036", "دعوت دی", "سرتاج عزیز", "عبداللہ عبداللہ")]),
    ("وزیر اعظم نواز شریف نے فوجی جوانوں سے اگلے مورچوں پر ملاقات کی اور ان کی کارکردگی کو سراہا۔",
     [("040", "ملاقات کی", "نواز شریف", "فوجی جوانوں"), ("051", "سراہا", "نواز شریف", "فوجی جوانوں")]),
    ("وزیراعظم نے لاہور میں تقریب سے خطاب کیا اور ان کی خدمات کو سراہا۔",
     [("051", "سراہا", "وزیراعظم", None)]),
    # Indian Urdu news (UDTB): an assurance is تیقن دیا or یقین دلوایا, a request addressed to an actor
    # … سے خواہش کی; a wish with no addressee is none
    ("ضلع کلکٹر نے اقلیتوں کو سہولتیں فراہم کرنے کا تیقن دیا۔",
     [("030", "تیقن دیا", "ضلع کلکٹر", "اقلیتوں")]),
    ("مختلف قائدین نے معذورین کو ہر ممکنہ تعاون کا یقین دلوایا۔",
     [("030", "یقین دلوایا", "مختلف قائدین", "معذورین")]),
    ("مرلی منوہر جوشی نے اسپیکر لوک سبھا سے خواہش کی کہ رپورٹ پیش کی جائے۔",
     [("020", "خواہش کی", "مرلی منوہر جوشی", "اسپیکر لوک سبھا")]),  # (the house's office, NER 1.30.0)
    ("وزیراعظم نے امن کی خواہش کا اظہار کیا۔", []),
    # a killing told in attacks whose owner is named (X کے فضائی حملوں میں … کو ہلاک کر دیا گیا) is X's;
    # the dead counted in attacks with no named owner, or with no کو, are a toll, no act; a coordinated
    # patient whose second conjunct is a relative (… اور ان کے تین پوتوں, … اور ان کی ایک بیٹی) is
    # coded with its first
    ("ناٹو کی اتحادی افواج کے فضائی حملوں میں قذافی کے ایک بیٹے اور ان کے تین پوتوں کو ہلاک کر دیا گیا ہے۔",
     [("190", "ہلاک کر", "ناٹو", "قذافی کے ایک بیٹے")]),
    ("پیرس حملوں میں 130 لوگ مارے گئے۔", []),
    ("فوج کے حملوں میں 20 شدت پسند مارے گئے۔", []),
    ("وزیر نے کہا کہ سابق وزیر رشید محمد رشید اور ان کی ایک بیٹی پر 50 کروڑ پاؤنڈ بیرون ملک منتقل کرنے کا "
     "الزام ہے۔", [("112", "الزام ہے", None, "رشید محمد رشید")]),
    # press reporters as the Indian Urdu press names them (اخباری نمائندوں): a talk with them is the
    # setting of a statement, no consultation
    ("کروناندھی نے اخباری نمائندوں سے بات چیت کرتے ہوئے بتایا کہ ہم قانونی راہ اختیار کریں گے۔", []),
    # a killing in an "encounter" (a police shoot-out) is the state's force's, CAMEO 19
    ("دو ملزمان کو انکاؤنٹر میں ہلاک کر دیا گیا۔", [("190", "ہلاک کر", None, "ملزمان")]),
    # a pronoun with a postposition after اور (ان سے) is whom the next clause addresses, not its own
    # subject: the agent before اور goes on
    ("وزیراعظم نے کل رپورٹ صدر زرداری کو بھیج دی تھی اور ان سے درخواست کی تھی کہ رپورٹ پیش کی جائے۔",
     [("020", "درخواست کی", "وزیراعظم", "زرداری")]),
    # congratulations offered (مبارکباد پیش کی) and felicitations (تہنیت پیش کی), as UDTB's Indian Urdu
    # news writes them; the one congratulated on a nomination (X کو نامزد کرنے پر) is actor 2
    ("مارکٹ کمیٹی چیرمین کے لئے وائی سدھاکر کو نامزد کرنے پر کئی قائدین نے مبارکباد پیش کی۔",
     [("051", "مبارکباد پیش کی", "قائدین", "وائی سدھاکر")]),
    ("قبل ازیں مسٹر عزیز پاشاہ کو تہنیت پیش کرتے ہوئے ضلع کلکٹر نے شال اڑھائی۔",
     [("051", "تہنیت پیش کرتے", "ضلع کلکٹر", "عزیز پاشاہ")]),
    # companies, workers and candidates are actors (CAMEO BUS, LAB, CVL): directions and requests
    # addressed to them are events
    ("اس حادثہ کے بعد تمام موبائیل کمپنیوں کو ہدایت دی گئی ہے کہ وہ اپنے صارفین کے ریکارڈس محفوظ رکھیں۔",
     [("100", "ہدایت دی", None, "موبائیل کمپنیوں")]),
    ("تمام امیدواروں سے خواہش کی گئی ہے کہ وہ امتحان گاہ میں صبح 10 بجے حاضر رہیں۔",
     [("020", "خواہش کی", None, "امیدواروں")]),
    ("بلدیہ نے کنٹراکٹ لیبر کو ہدایت دی ہے کہ وہ شہر میں صفائی کو یقینی بنائیں۔",
     [("100", "ہدایت دی", "بلدیہ", "کنٹراکٹ لیبر")]),  # labour (لیبر): workers as a group
    # drawing someone's attention (X کی توجہ مبذول کرائی/کروائی) appeals to them (UDTB annotators' call)
    ("اس موقع پر سپیکر نے وزیر اطلاعات پرویز رشید کی توجہ مبذول کرائی۔",
     [("020", "توجہ مبذول کرائی", "سپیکر", "پرویز رشید")]),
    ("رکن راجیہ سبھا مسٹر عزیز پاشاہ کی توجہ مبذول کروائی گئی۔",
     [("020", "توجہ مبذول کروائی", None, "عزیز پاشاہ")]),
    # a request told as a noun, its addressee in سے (… سے درخواست ہے کہ, … سے میری گذارش ہے کہ); none
    # without an addressee; گذارش کی: Indian papers' spelling of گزارش کی
    ("تمام شہریوں سے درخواست ہے کہ وہ ہم آہنگی کا مظاہرہ کریں۔", [("020", "درخواست ہے", None, "شہریوں")]),
    ("مسلمان بھائیوں سے میری گذارش ہے کہ پلاسٹک کی ٹوپیوں کا استعمال ترک کریں۔",
     [("020", "گذارش ہے", None, "مسلمان بھائیوں")]),
    ("ان کی عدالت میں درخواست ہے کہ مقدمہ خارج کیا جائے۔", []),
    ("وزیر اعلیٰ نے وزیر اعظم سے گذارش کی کہ فنڈز جاری کئے جائیں۔",
     [("020", "گذارش کی", "وزیر اعلی", "وزیر اعظم")]),
    # a remand in judicial custody (X کو عدالتی تحویل میں دے دیا / بھیج دیا) is a detention (173, UDTB
    # annotators' call); a body handed over to the heirs (ورثا کی تحویل میں دے دی) is none
    ("سی بی آئی نے سریش کلماڈی کو 14 دن کی عدالتی تحویل میں دے دیا تھا۔",
     [("173", "عدالتی تحویل میں دے", "سی بی آئی", "سریش کلماڈی")]),
    ("عدالت نے ملزم کو عدالتی تحویل میں بھیج دیا۔", [("173", "عدالتی تحویل میں بھیج", "عدالت", "ملزم")]),
    ("پولیس نے لاش ورثا کی تحویل میں دے دی۔", []),
    # a case registered (کیس درج کیا, Indian papers' plural کیسس) like مقدمہ درج کیا (115; UDTB
    # annotators' call: actor 1 null in the passive)
    ("انتخابی قوانین کی خلاف ورزی کے تقریباً سات ہزار کیسس درج کئے گئے ہیں۔",
     [("115", "کیسس درج کئے", None, None)]),
    ("پولیس نے ملزمان کے خلاف کیس درج کر لیا۔", [("115", "کیس درج کر", "پولیس", "ملزمان")]),
    # a force driven back (پسپا ہونے پر مجبور کر دیا, پسپا کر دیا) or pushed out (باہر دھکیل دیا; Indian
    # papers: ڈھکیل) is fighting (190; UDTB annotators' call); pushing out no actor is none
    ("آذربائیجان کی فوج نے جوابی کارروائی کر کے آرمینیا کے فوجیوں کو پسپا ہونے پر مجبور کر دیا۔",
     [("190", "پسپا ہونے پر مجبور کر", "آذربائیجان", "آرمینیا")]),
    ("فوج نے دہشت گردوں کو پسپا کر دیا۔", [("190", "پسپا کر", "فوج", "دہشت گردوں")]),
    ("باغی افواج نے سرکاری افواج کو باہر ڈھکیل دیا ہے۔",
     [("190", "باہر ڈھکیل", "باغی افواج", "سرکاری افواج")]),
    ("انہوں نے مسئلے کو باہر دھکیل دیا۔", []),
    # displeasure expressed with the noun ناراضگی or with ظاہر کی (111; UDTB annotators' call)
    ("2 اہم ارکان نے اس فیصلہ پر ناراضگی ظاہر کی ہے۔", [("111", "ناراضگی ظاہر کی", "اہم ارکان", None)]),
    ("وزیر اعظم نے حکومت پر ناراضگی کا اظہار کیا۔", [("111", "ناراضگی کا اظہار کیا", "وزیر اعظم", "حکومت")]),
    # an uproar raised in a meeting (ہنگامہ کھڑا کر دیا) is a protest (140; UDTB annotators' call)
    ("یو پی اے کے ارکان نے کمیٹی کے اجلاس میں ہنگامہ کھڑا کر دیا تھا۔",
     [("140", "ہنگامہ کھڑا کر", "یو پی اے", None)]),
    ("اپوزیشن نے حکومت کے خلاف ایوان میں ہنگامہ کھڑا کر دیا۔",
     [("140", "ہنگامہ کھڑا کر", "اپوزیشن", "حکومت")]),
    # an abduction told with its noun (X کا اغوا ہوا) is one (181; UDTB annotators' call), X abducted
    ("ڈاکٹروں کی لاپرواہی کے نتیجہ میں ہی ان کی لڑکی کا اغوا ہوا ہے۔", [("181", "اغوا ہوا", None, "لڑکی")]),
    ("کراچی میں ایک تاجر کا اغوا ہوا۔", [("181", "اغوا ہوا", None, "تاجر")]),
    # a conjunctive participle takes the mood of its main verb, not of an infinitive the main verb
    # governs (… تسلیم کرنے کا اعلان کیا: announced recognising)
    ("ویٹیکن نے ایک باہمی مسودے پر دستخط کر کے سرکاری طور پر فلسطین کو ایک ریاست کے طور پر تسلیم کرنے کا "
     "اعلان کیا۔", [("057", "دستخط کر", "ویٹیکن", None)]),
    ("ویٹیکن ایک باہمی مسودے پر دستخط کر کے فلسطین کو تسلیم کرنے کا اعلان کرے گا۔", []),
    # a helicopter shot down is a state force's aircraft: conventional force, CAMEO 19 (blind28)
    ("دولت اسلامیہ نے شمالی عراق میں ایک ہیلی کاپٹر مار گرایا ہے۔",
     [("190", "مار گرایا", "دولت اسلامیہ", None)]),
    # a list's first name is the one met, past an office with its owner before the next name (X، قومی
    # سلامتی کے مشیر Y کے ساتھ)
    ("سرتاج عزیز نے افغان وزیر خارجہ زرار احمد عثمانی، قومی سلامتی کے مشیر محمد حنیف اتمر کے ساتھ بھی "
     "علیحدہ علیحدہ ملاقات کی۔", [("040", "ملاقات کی", "سرتاج عزیز", "زرار احمد عثمانی")]),
    # between two named people, what stands before the name after اور belongs to the later conjunct: a
    # description with a numeral (دو کارکنوں Y), a title with a body's or a place's owner (X اور
    # پیپلزپارٹی کے رہنما Y نے), a title (X اور وزیراعلیٰ پنجاب Y نے), a head of the one before (X اور اس کے
    # سربراہ Y نے); the first conjunct is coded (COUNTER 0053p, 0158, 0581p, 0599). A person owner is the
    # second owner of one office (X اور Y کے مشترکہ وکیل Z نے: Z), and titles joined before one name are
    # that name's (کپتان اور سینئر بلے باز مصباح الحق); the last conjunct, its owner and title before
    # its name, is the other side of a mutual act (blind41 0158's signing)
    ("الہ آباد پولیس نے تحریک انصاف چونیاں کے صدر جہانگیر ڈوگر اور دو کارکنوں محمد افضل اور محمد اصغر کو "
     "حراست میں لے لیا۔", [("173", "حراست میں لے", "الہ آباد پولیس", "جہانگیر ڈوگر")]),
    ("لٹویا میں پاکستان کے سفیر خالد میمن اور لٹویا کے سٹیٹ سیکرٹری انڈریاس پلدیوگوکس نے ایم او یو پر دستخط "
     "کئے۔", [("057", "دستخط کئے", "خالد میمن", "انڈریاس پلدیوگوکس")]),
    ("جماعت اسلامی کے امیر سراج الحق اور پیپلزپارٹی کے رہنما سابق وزیراعظم یوسف رضا گیلانی نے گزشتہ روز "
     "کراچی میں فنکشنل لیگ کے سربراہ پیر پگاڑا صبغت اللہ راشدی سے انکی رہائش گاہ پر علیحدہ علیحدہ "
     "ملاقاتیں کیں۔",
     [("040", "ملاقاتیں کیں", "سراج الحق", "پیر پگاڑا صبغت اللہ راشدی")]),
    ("وزیراعظم میاں محمد نواز شریف اور وزیراعلیٰ پنجاب میاں محمد شہباز شریف نے پاکستان تحریک انصاف کے سربراہ "
     "عمران خان کی شوکت خانم کینسر ہسپتال کی تعمیر میں مدد کی تھی۔",
     [("070", "مدد کی", "میاں محمد نواز شریف", "عمران خان کی شوکت خانم کینسر ہسپتال")]),
    ("عوامی تحریک اور اس کے سربراہ طاہر القادری نے حکومت کی مذمت کی۔",
     [("111", "مذمت کی", "عوامی تحریک", "حکومت")]),
    ("درخواست گزار چوہدری شجاعت حسین اور اسحاق خان خاکوانی کے مشترکہ وکیل عرفان قادر نے عدالت سے استدعا کی "
     "کہ بنچ تشکیل دیا جائے۔", [("020", "استدعا کی", "عرفان قادر", "عدالت")]),
    ("وزیراعظم نے کپتان اور سینئر بلے باز مصباح الحق سے ملاقات کی۔",
     [("040", "ملاقات کی", "وزیراعظم", "مصباح الحق")]),
    # two named conjuncts of one kind, each after its own owner (X کی A اور Y کی B): the first is coded
    # (uner_blind3); owners coordinated before one name (X اور Y کی B) leave B the actor
    ("حکومت پاکستان نے اس سال ستمبر میں اس دورے کے التوا کے بعد دھرنا دینے والی جماعتوں، عمران خان کی "
     "پاکستان تحریک انصاف اور طاہر القادری کی پاکستان عوامی تحریک پر سخت تنقید کی تھی۔",
     [("111", "تنقید کی", "پاکستان", "پاکستان تحریک انصاف")]),
    ("عمران خان کی پاکستان تحریک انصاف اور طاہر القادری کی پاکستان عوامی تحریک نے حکومت پر سخت تنقید کی۔",
     [("111", "تنقید کی", "پاکستان تحریک انصاف", "حکومت")]),
    ("صدر نے نواز شریف اور شہباز شریف کی مسلم لیگ ن پر تنقید کی۔",
     [("111", "تنقید کی", "صدر", "مسلم لیگ ن")]),
    # conjuncts each with an adjunct of its own, a place with میں or a date with کو (شام میں X اور شمالی
    # عراق میں Y پر, 2 دسمبر کو X اور 4 دسمبر کو Y کو): the first is coded (uner_blind2, COUNTER 0420);
    # with no adjunct before the first, اور joins the places (پاکستان اور افغانستان میں Y پر)
    ("ترکی کے جنگی جہازوں نے دوسرے روز بھی شام میں شدت پسند تنظیم دولت اسلامیہ اور شمالی عراق میں کرد "
     "جنگجوؤں کے ٹھکانوں پر بمباری کی ہے۔", [("195", "بمباری کی", "ترکی", "دولت اسلامیہ")]),
    ("مقصود الحسن نے 2 دسمبر 2013ء کو وزارت قانون اور 4 دسمبر کو سیکرٹری کابینہ ڈویژن سراج احمد صدیقی کو "
     "دستاویزات کے حصول کے لیے خط لکھے۔", [("020", "خط لکھے", "مقصود الحسن", "وزارت قانون")]),
    ("امریکہ نے پاکستان اور افغانستان میں شدت پسندوں پر حملے کئے۔",
     [("190", "حملے کئے", "امریکہ", "شدت پسندوں")]),
    # a relative clause whose subject is جو tells its antecedent's act, not the main clause's agent's —
    # the phrase جو follows, or the last actor of the main clause it comes after
    ("ادارے نے علاقوں میں ویٹرینری ڈاکٹروں کی ماہر ٹیمیں بھی تعینات کیں جو لوگوں کو مسلسل معاونت فراہم کر "
     "رہی ہیں۔", [("070", "معاونت فراہم کر", "ویٹرینری ڈاکٹروں کی ماہر ٹیمیں", "لوگوں")]),
    ("سعودی عرب ان ملکوں کے اتحاد میں شامل ہے جو اس تنظیم کے خلاف فضائی حملے کر رہا ہے۔",
     [("195", "فضائی حملے کر", "ملکوں", "تنظیم")]),
    ("اداکار فلم میں ایک چالو شخص کا کردار ادا کر رہے ہیں جو خواتین کو شادی کا ارادہ ظاہر کر کے اپنے جال "
     "میں پھنساتا ہے۔", [("030", "ارادہ ظاہر کر", "چالو شخص", None)]),
    # an act told in the message or campaign a relative جس میں opens is its sender's or runner's; in a
    # letter a genitive names as its owner, the owner's (the one who brings it only delivers it)
    ("برطانوی کارکن ڈیوڈ ہائینز کے اہلخانہ نے اغواء کاروں کو ایک ویڈیو پیغام بھیجا ہے جس میں ان سے رابطہ "
     "کرنے کی ایک بار پھر اپیل کی گئی ہے۔", [("020", "اپیل کی", "ڈیوڈ ہائینز کے اہلخانہ", "اغواء کاروں")]),
    ("تنظیم ’ ویمن ٹو ڈرائیو ‘ نے مہم چلائی تھی جس میں خواتین پر زور دیا گیا تھا کہ وہ پابندی کی خلاف "
     "ورزی کرتے ہوئے گاڑی چلائیں۔", [("020", "زور دیا", "ویمن ٹو ڈرائیو", "خواتین")]),
    ("چینی سفیر نے وزیراعظم کو چینی صدر کا خط پہنچایا جس میں انہوں نے حکومت پاکستان کے انتظامات کو سراہا "
     "ہے۔", [("051", "سراہا", "چینی صدر", "پاکستان")]),
    # a passive act that is also the cue of words a body's statement holds is that body's
    ("وزارتِ خارجہ کی طرف سے جاری کئے گئے بیان میں کہا گیا کہ افغان حکام پر ایک مرتبہ پھر یہ زور دیا گیا "
     "ہے کہ وہ افغان سرزمین سے گولہ باری بند کریں۔", [("020", "زور دیا", "وزارت خارجہ", "افغان")]),
    # a finite verb ends a clause: the unmarked subject of the next is looked for after it (… جھکا ہوا
    # ہے اور شدت پسند …), and in the whole sentence when that clause shares the subject before
    ("ویڈیو میں دکھایا جانے والا شخص اپنے گھٹنوں پر جھکا ہوا ہے اور شدت پسند اس کا سر قلم کر رہے ہیں۔",
     [("186", "سر قلم کر", "شدت پسند", None)]),
    ("مظاہرین سڑکوں پر موجود ہیں اور حکومت سے استعفے کا مطالبہ کر رہے ہیں۔",
     [("100", "مطالبہ کر", "مظاہرین", "حکومت")]),
    # an oblique pronoun before a postposition other than a genitive (اس سے قبل, ان سے پہلے) is no
    # unmarked subject: the subject is looked for after it (COUNTER 0074), and none is taken from its
    # antecedent (0051p: شاہ رخ was threatened by no one named)
    ("داعش کے جنگجوؤں نے ایلن ہننج کا سر قلم کر دیا۔ اس سے قبل داعش دو امریکی صحافیوں کو قتل کر چکی ہے۔",
     [("186", "سر قلم کر", "داعش", "ایلن ہننج"), ("180", "قتل کر", "داعش", "امریکی")]),
    ("اداکار بومن ایرانی نے کہا کہ وہ خوفزدہ نہیں۔ ان سے قبل شاہ رخ کو بھی دھمکیاں ملیں تھیں۔",
     [("130", "دھمکیاں ملیں", None, "شاہ رخ")]),
    # a resolution passed against an actor is a censure (111); one on a matter is no event
    ("ایوان نمائندگان میں 249 ووٹوں سے اوباما انتظامیہ کے خلاف قرارداد مذمت منظور کرتے ہوئے اسے ناکامی "
     "قرار دیا۔", [("111", "قرارداد مذمت منظور کرتے", "ایوان", "اوباما")]),
    ("کانگریس نے صدر اوباما کے خلاف قرارداد منظور کر لی۔",
     [("111", "قرارداد منظور کر", "کانگریس", "اوباما")]),
    ("اجلاس میں پینے کے پانی سے متعلق قرارداد منظور کی گئی۔", []),
    # a relative clause between two commas is parenthetical: the clause of the trigger after it runs on
    # to the agent before it (COUNTER 0127)
    ("اسرائیل کے صدر ریون ریولن نے ترجمان کے بیان، جس میں برازیل کو سیاسی بونا قرار دیا گیا تھا، پر معذرت "
     "کی۔", [("055", "معذرت کی", "ریون ریولن", None)]),
    # … حکومت کے سیاسی اور معاشی منصوبوں کی: adjectives joined by اور are one phrase, marked by کی
    ("مظاہرین سڑکوں پر موجود ہیں اور حکومت کے سیاسی اور معاشی منصوبوں کی مخالفت کر رہے ہیں۔",
     [("111", "مخالفت کر", "مظاہرین", "حکومت")]),
    # a pronoun agent whose clause a conjunction joins to a clause before it with an unmarked subject
    # refers to that subject (a group as often as a person); a pronoun subject there leaves it to the
    # antecedent rules
    ("ایک ہفتہ قبل ہزاروں افراد چین کے فیصلے کے خلاف سڑکوں پر نکل آئے تھے اور انھوں نے شہر کے مرکزی علاقے "
     "میں دھرنا دے رکھا ہے۔", [("141", "سڑکوں پر نکل", "افراد", None), ("141", "دھرنا دے", "افراد", "چین")]),
    ("ہم چاہتے تھے کہ تحریک انصاف کسی اسٹیڈیم میں جلسہ کرے تاہم انہوں نے آبپارہ کے قریب جلسہ کرنے کےلئے جگہ "
     "فراہم کرنے کےلئے درخواست کی۔", [("020", "درخواست کی", "تحریک انصاف", None)]),
    ("وزیراعظم نواز شریف نے ایک بیان میں کہا کہ وہ اجلاس میں شریک ہوں گے اور انہوں نے صدر سے ملاقات کی۔",
     [("040", "ملاقات کی", "نواز شریف", "صدر")]),
    # a passive told with its agent (news copy mixing the voices): X نے … کیا گیا — X acted; a verb
    # between (X نے بتایا کہ … گرفتار کر لیا گیا) leaves the passive without one
    ("ایک اسلامی عدالت نے ایک خاتون کو چار شوہر رکھنے کے جرم میں سنگسار کر کے ہلاک کر دیا گیا تھا۔",
     [("180", "ہلاک کر", "اسلامی عدالت", "خاتون")]),
    ("پولیس نے بتایا کہ ملزم کو گرفتار کر لیا گیا ہے۔", [("173", "گرفتار کر", None, "ملزم")]),
    # … جو ہم نے …: a relative clause with an agent of its own
    ("وزیر اعظم نے کہا کہ حکومت وہی کر رہی ہے جو ہم نے عوام سے وعدہ کیا تھا۔",
     [("030", "وعدہ کیا", "وزیر اعظم", "عوام")]),
    # a relative word after the trigger opens a clause of its own: its verb (ہو گیا) tells nothing of
    # the trigger's mood, while a future before it still does
    ("مرتضیٰ پویا نے امریکی سفیر سے بات کی جو ٹوئٹ ہو گیا۔", [("040", "بات کی", "مرتضی پویا", "امریکی")]),
    ("وزیراعظم چینی صدر سے ملاقات کریں گے جو اہم ہو گی۔", []),
    # سے متعلق (concerning) is a compound postposition of the topic: the partner of the talk, the one a
    # report is asked of, is the phrase before the earlier سے
    ("مرتضیٰ پویا نے امریکی سفیر سے انتخابات سے متعلق بات کی۔", [("040", "بات کی", "مرتضی پویا", "امریکی")]),
    ("عدالت نے متعلقہ حکام سے زخمی وکلاء کے علاج کی سہولیات سے متعلق رپورٹ طلب کر لی۔",
     [("101", "رپورٹ طلب کر", "عدالت", "متعلقہ حکام")]),
    # an operation told in the passive with neither doer nor target is the state's forces' (19, actor 1
    # null; the militants killed in it are its toll) — but not a search, a surgery or one against things
    ("قریباً 2200 سے زائد انٹیلی جنس آپریشن کئے جا چکے ہیں جن میں 45 خطرناک دہشت گرد مارے جا چکے ہیں۔",
     [("190", "آپریشن کئے", None, None)]),
    ("سوات میں راہ حق آپریشن شروع کیا گیا تھا۔", [("190", "آپریشن شروع کیا", None, None)]),
    ("علاقے میں سرچ آپریشن شروع کیا گیا۔", []),
    ("ہسپتال میں کامیاب آپریشن کیا گیا۔", []),
    ("شہر میں تجاوزات کے خلاف آپریشن کیا گیا۔", []),
    # an accusation or a criticism in the present perfect continuous (رہا ہے: has been) was made, again
    # and again; a stance so told (حمایت کرتا رہا ہے) and a habit (کرتی رہتی ہے) are no acts
    ("عمران خان سابق چیف جسٹس افتخار محمد چوہدری پر منظم دھاندلی کا الزام لگاتے رہے ہیں۔",
     [("112", "الزام لگاتے", "عمران خان", "افتخار محمد چوہدری")]),
    ("اس سے قبل ترکی پر دولت اسلامیہ کے خلاف کارروائی نہ کرنے پر تنقید کی جاتی رہی ہے۔",
     [("111", "تنقید کی", None, "ترکی")]),
    ("امریکا پاکستان کے آئینی عمل کی ہمیشہ حمایت کرتا رہا ہے۔", []),
    ("اپوزیشن حکومت پر تنقید کرتی رہتی ہے۔", []),
    # between "both" of one phrase (دونوں ممالک کے درمیان): the phrase is both sides, actor 1, with no
    # actor 2 (blind19's call)
    ("دونوں ممالک کے درمیان مذاکرات ہوئے۔", [("046", "مذاکرات ہوئے", "دونوں ممالک", None)]),
    ("دونوں ممالک کے درمیان مفاہمت کی یادداشت پر بھی دستخط کئے گئے۔",
     [("057", "دستخط کئے", "دونوں ممالک", None)]),
    # a group owned by coordinated owners (X، Y اور Z کے رہنماؤں, X اور Y کے کارکنوں) is coded with the
    # first owner, as any coordinated actor (COUNTER 0329p, blind27)
    ("جبکہ وزیراعظم نواز شریف نے نیپال،سری لنکا ،مالدیپ ،بنگلہ دیش اور بھوٹان کے رہنماؤں سے دو طرفہ تعلقات "
     "کو مزید تقویت دینے کے لئے اہم ملاقاتیں کیں ۔", [("040", "ملاقاتیں کیں", "نواز شریف", "نیپال")]),
    ("گزشتہ دو روز میں سعودی عرب ،امریکہ اور متحدہ عرب امارات کے جنگی طیاروں نے شام میں داعش کے ٹھکانوں پر 6 "
     "حملے کئے۔", [("190", "حملے کئے", "سعودی عرب", "داعش")]),
    # talks that went on (بات چیت جاری رہی: رہی after the continuative جاری is the main verb) are no
    # statement's setting, which a participle or a progressive of کرنا with no partner may be
    ("دونوں حریف امیدواروں کے درمیان پاور شیئرنگ کے حوالے سے بات چیت آخری لمحے تک جاری رہی۔",
     [("040", "بات چیت آخری لمحے تک جاری", "دونوں حریف امیدواروں", None)]),
    ("پاکستان اور بھارت کے درمیان بات چیت جاری رہی۔", [("040", "بات چیت جاری", "پاکستان", "بھارت")]),
    ("وزیراعظم بات چیت کر رہے تھے کہ دھماکہ ہوا۔", []),
    # violence with no attacker and no target named, whose toll (جس میں … زخمی ہو گئے) counts a state
    # force's people, struck that force: 19 (blind21); a toll of civilians leaves it 18, and the toll
    # clause ends at its verb (… جاں بحق ہو گئے پولیٹیکل انتظامیہ کے مطابق: that administration is none;
    # the five killed, named by the result clause of an act with an agent, are actor 2)
    ("سڑک کنارے نصب بارودی مواد کے دو دھماکے کئے گئے جس میں دس ایف سی اہلکار زخمی ہو گئے۔",
     [("190", "دھماکے کئے", None, None)]),
    ("بازار میں بارودی مواد کے دو دھماکے کئے گئے جس میں پانچ افراد ہلاک ہو گئے۔",
     [("183", "دھماکے کئے", None, None)]),
    ("خودکش حملہ آور نے خود کو دھماکہ سے اڑا لیا جس کے نتیجہ میں 5 افراد جاں بحق ہو گئے پولیٹیکل انتظامیہ "
     "کے مطابق حملہ میں امن لشکر کو نشانہ بنایا گیا۔",
     [("183", "دھماکہ سے اڑا", "خودکش حملہ آور", "5 افراد")]),
    # a coordinated doer named by کی جانب سے / کی طرف سے (by), or whose statement tells a passive act
    # (X اور Y کے جاری کردہ بیان میں), is coded with its first conjunct (COUNTER 0077)
    ("افغانستان کرکٹ بورڈ کے چیئرمین شہزاد مسعود نے جرمنی اور بھارت کی طرف سے ملک میں کرکٹ کے فروغ کے حوالے "
     "سے مالی معاونت پر شکریہ ادا کیا۔", [("051", "شکریہ ادا کیا", "شہزاد مسعود", "جرمنی")]),
    ("مقبوضہ کشمیر میں بھارتی فوج اور پولیس کی جانب سے مظاہرین پر فائرنگ کی گئی۔",
     [("190", "فائرنگ کی", "بھارتی", "مظاہرین")]),
    ("پاکستان اور چین کے جاری کردہ بیان میں بھارت کو خبردار کیا گیا۔",
     [("130", "خبردار کیا", "پاکستان", "بھارت")]),
    # an office the knowledge base lacks, written before a name, names that person where it recurs
    # alone (blind38 0395p: وفاقی ٹیکس محتسب عبدالرؤف چوہدری … وفاقی ٹیکس محتسب کو)
    ("صدر ممنون حسین نے وفاقی ٹیکس محتسب عبدالرؤف چوہدری سے ملاقات کی۔ صدر نے وفاقی ٹیکس محتسب کو ہر "
     "ممکن معاونت کی یقین دہانی کرائی۔",
     [("040", "ملاقات کی", "ممنون حسین", "عبدالرؤف چوہدری"),
      ("030", "یقین دہانی کرائی", "ممنون حسین", "عبدالرؤف چوہدری")]),
    # a light verb's stem typed joined to its vector verb (بنالیا = بنا لیا) is that light verb
    # (blind38 0151)
    ("داعش نے امریکی امدادی کارکن پیٹر کاسنگ کو یرغمال بنالیا۔",
     [("181", "یرغمال بنالیا", "داعش", "کارکن پیٹر کاسنگ")]),
    ("خودکش حملہ آور نے چیک پوسٹ کے قریب خود کو دھماکے سے اڑادیا۔",
     [("183", "دھماکے سے اڑادیا", "خودکش حملہ آور", None)]),
    # violence done to oneself (خود کو) is a suicide attempt, no act on anyone (COUNTER 0587p); a
    # bomber blowing himself up is a bombing
    ("پولیس کے مطابق ڈاکٹر عبدالملک کے بھتیجے نے گھر میں خود کو گولی مار لی اور شدید زخمی ہو گیا۔", []),
    # ... fired at oneself (خود پر), or fired and so wounded oneself (COUNTER 0587); fired and wounded
    # someone else is an attack
    ("پولیس کے مطابق بھتیجے محمدعمرنے خود پر فائرنگ کر دی۔", []),
    ("وزیراعلی بلوچستان کے بھتیجے نے فائرنگ کر کے خود کو زخمی کردیا۔", []),
    ("بھتیجے نے فائرنگ کرکے خود کو زخمی کردیا۔", []),
    ("پولیس نے فائرنگ کر کے ملزم کو زخمی کر دیا۔", [("190", "فائرنگ کر", "پولیس", "ملزم")]),
    ("پولیس کے مطابق نوجوان نے خود کو آگ لگا کر خود کو گولی ماری۔", []),
    ("خودکش حملہ آور نے چیک پوسٹ کے قریب خود کو دھماکے سے اڑا دیا۔",
     [("183", "دھماکے سے اڑا", "خودکش حملہ آور", None)]),
    # X کی قیادت میں (led by X) names the agent of a passive act, a coordination its first conjunct,
    # even when the last is taken with its owner (blind38 0424); a rally stays one (141) whoever
    # leads it, a state's protest in words is official (114)
    ("حریت رہنما سید علی گیلانی کی قیادت میں سرینگر میں احتجاجی ریلی نکالی گئی۔",
     [("141", "ریلی نکالی", "سید علی گیلانی", None)]),
    ("سراج الحق اور تحریک انصاف کے رہنماؤں کی قیادت میں لاہور میں ریلی نکالی گئی۔",
     [("141", "ریلی نکالی", "سراج الحق", None)]),
    ("وزیراعظم نواز شریف کی قیادت میں لاہور میں ریلی نکالی گئی۔", [("141", "ریلی نکالی", "نواز شریف", None)]),
    ("شمالی کوریا نے قرارداد پر شدید احتجاج کیا۔", [("114", "احتجاج کیا", "شمالی کوریا", None)]),
    # a day of protest observed (blind38 0424), resolve reaffirmed (0552p), a proposal called
    # valuable (0567p)
    ("بھارت کے یوم آزادی کے موقع پر کشمیریوں نے پوری ریاست میں یوم سیاہ منایا۔",
     [("141", "یوم سیاہ منایا", "کشمیریوں", None)]),
    ("تاجروں نے حکومت کے خلاف یوم احتجاج منایا۔", [("141", "یوم احتجاج منایا", "تاجروں", "حکومت")]),
    ("پاکستان میں یوم آزادی منایا گیا۔", []),
    ("وزیراعظم نواز شریف نے دہشت گردی کے خاتمے کے عزم کو دہرایا۔",
     [("030", "عزم کو دہرایا", "نواز شریف", None)]),
    ("نواز شریف نے نریندر مودی کی پیشکش کو قابل قدر قرار دیا۔",
     [("051", "قابل قدر قرار دیا", "نواز شریف", "نریندر مودی")]),
    # readiness to help or to talk, voiced (docs/annotation.md: 03), in every spelling of کے لیے
    ("نواز شریف نے کہا کہ پاکستان بھارتی عوام کو مدد فراہم کرنے کیلئے تیار ہے۔",
     [("033", "فراہم کرنے کیلئے تیار", "پاکستان", "بھارتی")]),
    ("وزیراعظم نواز شریف نے کہا کہ ہم متاثرین کی ہر ممکن امداد کے لئے تیار ہیں۔",
     [("033", "امداد کے لئے تیار", "نواز شریف", "متاثرین")]),
    # a first-person act far after its speaker's cue is still his across a pronoun agent he talks of,
    # not across an agent named in words (blind38 0532p)
    ("وزیراعظم نواز شریف نے میران شاہ میں کہا کہ پاک فوج مشکل جنگ لڑ رہی ہے۔ یہ جنگ ہم جیت رہے ہیں۔ شہید "
     "جوان ہمارے ہیرو ہیں۔ انہوں نے پاکستان کے لئے اپنا آج قربان کیا۔ شہدا ملک کے لئے جنگ لڑ رہے ہیں۔ "
     "پوری قوم کی طرف سے جوانوں کو مبارکباد دیتا ہوں۔", [("051", "مبارکباد دیتا", "نواز شریف", "جوانوں")]),
    ("وزیراعظم نواز شریف نے میران شاہ میں کہا کہ پاک فوج مشکل جنگ لڑ رہی ہے۔ یہ جنگ ہم جیت رہے ہیں۔ شہید "
     "جوان ہمارے ہیرو ہیں۔ آرمی چیف نے پاکستان کے لئے جوانوں کی تعریف کی۔ شہدا ملک کے لئے جنگ لڑ رہے ہیں۔ "
     "پوری قوم کی طرف سے جوانوں کو مبارکباد دیتا ہوں۔",
     [("051", "تعریف کی", "آرمی چیف", "جوانوں"), ("051", "مبارکباد دیتا", None, "جوانوں")]),
    # a present verbal act in the sentences that go on with a quote's words is performed as it is
    # said, as one inside the quote is (blind38 0541p: a resolution read out; the firing condemned is
    # India's, as blind38 codes the resolution against بھارتی جارحیت)
    ("قومی اسمبلی نے قرارداد منظور کی۔ سرتاج عزیز نے قرارداد پیش کرتے ہوئے کہا کہ یہ ایوان بھارتی فائرنگ "
     "کی شدید مذمت کرتا ہے۔ یہ ایوان عالمی برادری سے مطالبہ کرتا ہے کہ وہ نوٹس لے۔",
     [("111", "مذمت کرتا", "قومی اسمبلی", "بھارتی"),
      ("100", "مطالبہ کرتا", "قومی اسمبلی", "عالمی برادری")]),
    # a target list that ends in unnamed items is coded with its first item when that one is named
    # (blind38 0586; COUNTER 0525)
    ("وزیراعظم نے وزیر مملکت سائرہ افضل تارڑ، صوبائی اور ضلعی انتظامیہ، ریسکیو، ریلیف ٹیموں، منتخب نمائندوں "
     "اور کارکنوں کا شکریہ ادا کیا۔", [("051", "شکریہ ادا کیا", "وزیراعظم", "سائرہ افضل تارڑ")]),
    # a relative clause after its main clause's verb (… سے گفتگو کرتے ہوئے کیا جس نے …) has that
    # clause's nearest actor as its agent; its ان is the title named since, not an earlier group
    # (blind41 0560)
    ("وزیراعظم محمد نواز شریف نے کہا ہے کہ ملک میں تمام جمہوری قوتوں سے بات چیت کا موقع موجود ہے۔ ان "
     "خیالات کا اظہار وزیراعظم نے متحدہ قومی موومنٹ کے وفد سے گفتگو کرتے ہوئے کیا جس نے منگل کو وزیراعظم کے "
     "چیمبر میں ان سے ملاقات کی۔",
     [("040", "گفتگو کرتے", "محمد نواز شریف", "متحدہ قومی موومنٹ"),
      ("040", "ملاقات کی", "متحدہ قومی موومنٹ", "محمد نواز شریف")]),
    # a generic noun with an epithet (فاضل عدالت) is the organisation of its kind that acted last,
    # not one whose ruling was cited since (blind41 0544)
    ("سپریم کورٹ نے مقدمے کی سماعت کی۔ لاہور ہائی کورٹ کے فیصلے کی روشنی میں فاضل عدالت نے اٹارنی جنرل کو "
     "رپورٹ جمع کروانے کی ہدایت کی۔", [("100", "ہدایت کی", "سپریم کورٹ", "اٹارنی جنرل")]),
    # two titles before a name (وزیر خزانہ سینیٹر اسحق ڈار) are two titles, not a title and a name;
    # a bare title agent (وفاقی وزیر نے) is the antecedent of the انہوں نے after it (blind41 0513)
    ("وفاقی وزیر خزانہ سینیٹر اسحق ڈار سے اسلامی ترقیاتی بینک کے صدر ڈاکٹر احمد محمد علی المدنی نے واشنگٹن "
     "میں ملاقات کی۔ وفاقی وزیر نے بینک کے صدر کو منصوبے کے بارے میں آگاہ کیا۔ انہوں نے بینک کی مسلسل "
     "معاونت پر شکریہ ادا کیا۔", [("040", "ملاقات کی", "احمد محمد علی المدنی", "اسحق ڈار"),
                      ("051", "شکریہ ادا کیا", "اسحق ڈار", None)]),
    # والوں after a noun ends a noun phrase (گھر والوں: the family) when the tagger reads it as a
    # postposition (blind41 0416)
    ("واقعہ ڈسکہ کے علاقے میں پیش آیا جہاں گھر والوں نے لڑکی کو قتل کردیا۔",
     [("180", "قتل کر", "گھر والوں", "لڑکی")]),
    # an appeal told as a noun (میری X سے اپیل ہے کہ) or in the first person (اپیل کرتا ہوں کہ) inside a
    # speaker's words is that speaker's (blind41 0594p)
    ("عمران خان نے کہا ہے کہ چیف جسٹس انقلاب کا راستہ نہ روکیں، میری چیف جسٹس ناصر الملک سے اپیل ہے کہ وہ "
     "تشدد کا نوٹس لیں۔ عدلیہ سے اپیل کرتا ہوں کہ وہ کنٹینرز ہٹوائے۔",
     [("020", "اپیل ہے", "عمران خان", "ناصر الملک"), ("020", "اپیل کرتا", "عمران خان", "عدلیہ")]),
    # praise of 'our' thing inside a quote is praise of its speaker (blind41 0519)
    ("وزیر خزانہ اسحاق ڈار نے کہا کہ عالمی اداروں نے ہماری بہتر معاشی صورتحال کی تعریف کی۔",
     [("051", "تعریف کی", "عالمی اداروں", "اسحاق ڈار")]),
    # thanks for a thing (X کی مدد پر, امریکی امداد پر) with no one named as thanked go to the thing's
    # owner (blind38 0512p); a signing on an agreement (معاہدے پر دستخط) gives its owner nothing
    ("وزیراعظم نے امریکی امداد پر شکریہ ادا کیا۔", [("051", "شکریہ ادا کیا", "وزیراعظم", "امریکی")]),
    ("پاکستان نے چین کی مدد پر شکریہ ادا کیا۔", [("051", "شکریہ ادا کیا", "پاکستان", "چین")]),
    ("وزیراعظم نے پاکستان اور چین کے معاہدے پر دستخط کئے۔", [("057", "دستخط کئے", "وزیراعظم", None)]),
    ("وزیر خارجہ نے کہا کہ پاکستان بھارت کے ساتھ مذاکرات کےلیے تیار ہے۔",
     [("036", "مذاکرات کے لیے تیار", "پاکستان", "بھارت")]),
    # a demand for someone's resignation or removal with no one asked is made on them (udtb_blind4,
    # udtb_blind6); one asked (سے) is actor 2 still, and one's own resignation is no one's
    ("یہ لوگ گزشتہ تین ماہ سے صدر صالح کی برطرفی کا مطالبہ کر رہے ہیں۔",
     [("100", "مطالبہ کر", "لوگ", "صالح")]),
    ("امر سنگھ نے شانتی اور پرشانت بھوشن کے استعفوں کا راست مطالبہ کیا۔",
     [("100", "مطالبہ کیا", "امر سنگھ", "شانتی")]),
    ("اپوزیشن نے وزیراعظم کے استعفے کا مطالبہ کیا۔", [("100", "مطالبہ کیا", "اپوزیشن", "وزیراعظم")]),
    ("مظاہرین نے وزیراعظم نواز شریف سے استعفے کا مطالبہ کیا۔",
     [("100", "مطالبہ کیا", "مظاہرین", "نواز شریف")]),
    ("انہوں نے وزیر اعلیٰ سے وزیر داخلہ کی برطرفی کا مطالبہ کیا۔", [("100", "مطالبہ کیا", None, "وزیر اعلی")]),
    ("مظاہرین نے اپنے استعفے کا مطالبہ کیا۔", [("100", "مطالبہ کیا", "مظاہرین", None)]),
    # attacks against X (کے خلاف) are attacks on X; اس تنظیم is the organisation just named, not one
    # that acted four sentences back (uner_blind2)
    ("امریکہ نے اسلامی عسکریت پسندوں کے خلاف فضائی حملے کئے۔",
     [("195", "فضائی حملے کئے", "امریکہ", "اسلامی عسکریت پسندوں")]),
    ("چند ماہ قبل سعودی وزارت داخلہ نے 93 افراد کو گرفتار کیا تھا۔ ان افراد کا تعلق سعودی عرب سے تھا۔ بیان "
     "میں کہا گیا تھا کہ وہ حملوں کی منصوبہ بندی کر رہے تھے۔ شدت پسند گروہ دولت اسلامیہ کا شام اور عراق کے "
     "وسیع علاقوں پر قبضہ ہے اور سعودی عرب ان ملکوں کے اتحاد میں شامل ہے جو اس تنظیم کے خلاف فضائی حملے کر "
     "رہا ہے۔", [("173", "گرفتار کیا", "وزارت داخلہ", "افراد"),
                ("195", "فضائی حملے کر", "ملکوں", "دولت اسلامیہ")]),
    # a thing or an act criticised or opposed that names no one and whose doer is not named is no
    # actor 2 (a law, an operation; uner_blind1, udtb_blind3); a body named by its kind is one
    ("وقار یونس نے بولروں کے خلاف کارروائی پر تنقید کی تھی۔", [("111", "تنقید کی", "وقار یونس", None)]),
    ("غیر مسلم ارکان نے اس قانون کی مخالفت کی ہے۔", [("111", "مخالفت کی", "غیر مسلم ارکان", None)]),
    ("وقار یونس نے کرکٹ بورڈ پر تنقید کی۔", [("111", "تنقید کی", "وقار یونس", "کرکٹ بورڈ")]),
    ("انہوں نے پولیس کے رویے پر شدید تنقید کی۔", [("111", "تنقید کی", None, "پولیس")]),
    # a leader's army is the state's force, not the leader: an attack on it is 19 (udtb_blind3); a
    # leader's government is still the leader
    ("امریکی ڈرونس نے لیبیائی قائد معمر قذافی کی فوج پر حملے شروع کر دیے۔",
     [("190", "حملے شروع کر", "امریکی", "معمر قذافی کی فوج")]),
    ("وزیراعظم نواز شریف کی حکومت پر تنقید کی گئی۔", [("111", "تنقید کی", None, "نواز شریف")]),
    # praise by several agents is no mutual act: the last of them is no partner (COUNTER 0519), as
    # in a negotiation it is
    ("لوڈمین سچز، ماہر اقتصادیات جم اونیل اور بی بی سی نے اس اعتماد کا اظہار کیا ہے کہ پاکستان کی معیشت "
     "ترقی کرے گی۔", [("051", "اعتماد کا اظہار کیا", "لوڈمین سچز", None)]),
    ("امریکی صدر اوباما اور افریقی سربراہان نے مذاکرات کا آغاز کر دیا ہے۔",
     [("046", "مذاکرات کا آغاز کر", "اوباما", "افریقی سربراہان")]),
    # a passive whose vector verb is spelt the older way (لئے for لیے, دیئے / دئیے / دئے for دیے) is a
    # passive: its subject is acted on, not the agent (COUNTER 0532p)
    ("پولیس نے بتایا کہ پانچ دہشت گرد گرفتار کر لئے گئے۔", [("173", "گرفتار کر", None, "دہشت گرد")]),
    ("پانچ دہشت گرد ہلاک کر دیئے گئے۔", [("190", "ہلاک کر", None, "دہشت گرد")]),
    ("میران شاہ کے علاقے کلیئر کر لئے گئے۔", [("192", "کلیئر کر", None, "میران شاہ")]),
    # an individual (فرد, the singular of افراد) is a civilian actor (udtb_blind6)
    ("دیگر مشتبہ افراد سے تعلق رکھنے والے ایک فرد کو زندہ گرفتار کیا گیا۔",
     [("173", "گرفتار کیا", None, "فرد")]),
    # an invitation that names what it invites to, then a speech cue: the کہ is the cue's, the
    # invitation stays one (036; blind41 0571p) — without its genitive the clause is what is asked
    ("صدر اشرف غنی نے طالبان کو امن مذاکرات میں شامل ہونے کی دعوت دیتے ہوئے کہا کہ اب طالبان کو آگے آنا "
     "چاہئے۔", [("036", "دعوت دیتے", "اشرف غنی", "طالبان")]),
    # a demand told as a noun with the copula is its holder's, as the holder's quote (genitive owner,
    # کہ clause; blind26, uner_blind3, udtb_blind4); without one it is no act (blind17, blind41)
    ("مظاہرین کا چین کی حکومت سے مطالبہ ہے کہ ہانگ کانگ کے شہریوں کو سربراہ چننے کی اجازت دی جائے۔",
     [("100", "مطالبہ ہے", "مظاہرین", "چین")]),
    ("پاکستان تحریک انصاف کا مطالبہ تھا کہ انتخابات میں دھاندلی کی تحقیقات کے لیے کمیشن بنایا جائے۔",
     [("100", "مطالبہ تھا", "پاکستان تحریک انصاف", None)]),
    ("انہوں نے کہا کہ بی جے پی کا یہ مطالبہ ہے کہ دہلی کی وزیر اعلیٰ کے خلاف فوری کارروائی کی جائے۔",
     [("100", "مطالبہ ہے", "بی جے پی", None)]),
    ("اشرف غنی نے کہا کہ سکیورٹی ہماری عوام کا اہم مطالبہ ہے اور ہم جنگ سے تھک چکے ہیں۔", []),
    ("انہوں نے کہا کہ اب ہمارا بس یہ ہی مطالبہ ہے کہ پورے نیٹ ورک کو سزا دی جائے۔", []),
    # a violent participle whose main clause accuses or speaks is a verbal attack (udtb_blind5, COUNTER
    # 0571p); one that goes on to a violent act is still violence
    ("کابینی وزیر نارائن رانے نے ایوان مےں شیوسینا کو نشانہ بناتے ہوئے زعفرانی پارٹی پر یہ سنسنی خیز الزام "
     "عائد کیا ہے کہ پروجیکٹ بند ہو۔", [("112", "الزام عائد کیا", "نارائن رانے", None)]),
    ("بی جے پی پر وار کرتے ہوئے سنگھ نے الزام عائد کیا کہ یہ جماعت کوئی کاروائی نہیں کرتی۔",
     [("112", "الزام عائد کیا", "سنگھ", "بی جے پی")]),
    ("حامد کرزئی نے اپنے آخری پیغام میں ایک مرتبہ پھر امریکہ کو نشانہ بناتے ہوئے کہا کہ افغانستان میں جنگ "
     "غیر ملکیوں کے لیے تھی۔", []),
    ("دہشت گردوں نے پولیس کی گاڑی کو نشانہ بناتے ہوئے فائرنگ کی۔",
     [("190", "نشانہ بناتے", "دہشت گردوں", "پولیس کی گاڑی"), ("180", "فائرنگ کی", "دہشت گردوں", None)]),
    # criticism with no target of its own is addressed to whom the participle clause before it faulted
    # (blind35) — an actor, not a thing the participle was done to (udtb_blind1: اردو, the language)
    ("بلاول بھٹو نے سندھ حکومت کی کارکردگی پر عدم اطمینان کا اظہار کرتے ہوئے شدید تنقید کی۔",
     [("111", "تنقید کی", "بلاول بھٹو", "سندھ")]),
    ("اس پروگرام مےں اردو کو نظرانداز کرتے ہوئے تلگو زبان مےں شہ نشین پر لگائے گئے بیانر تنقید کا نشانہ بنا۔",
     [("111", "تنقید کا نشانہ بنا", None, None)]),
    # the habitual passive after a vector verb is what is done as a rule, no reported act (uner_blind3)
    ("اس شق کے تحت ایسے افراد کو تین ماہ کے لیے جیل بھیج دیا جاتا ہے۔", []),
    ("پولیس نے ایسے افراد کو تین ماہ کے لیے جیل بھیج دیا۔", [("173", "جیل بھیج", "پولیس", "افراد")]),
    # a demonym before the noun of a title someone was named with is that person, acted on as when
    # speaking (blind38 0580p: the envoy, not his country); a demonym of another country is not
    ("امریکہ کے خصوصی نمائندے ڈینئل فیلڈمین نے کہا ہے کہ مذاکرات ضروری ہیں۔ وزیر خزانہ اسحق ڈار نے امریکی "
     "نمائندے سے ملاقات کی۔", [("040", "ملاقات کی", "اسحق ڈار", "ڈینئل فیلڈمین")]),
    ("امریکہ کے خصوصی نمائندے ڈینئل فیلڈمین نے کہا ہے کہ مذاکرات ضروری ہیں۔ وزیر خزانہ اسحق ڈار نے بھارتی "
     "نمائندے سے ملاقات کی۔", [("040", "ملاقات کی", "اسحق ڈار", "بھارتی")]),
    ("امریکہ کے خصوصی نمائندے ڈینئل فیلڈمین نے کہا ہے کہ مذاکرات ضروری ہیں۔ چودھری نثار نے امریکی نمائندہ "
     "خصوصی سے مطالبہ کیا ہے کہ ڈرون حملے بند کئے جائیں۔",
     [("100", "مطالبہ کیا", "چودھری نثار", "ڈینئل فیلڈمین")]),
    ("دولت اسلامیہ نے ایک ویڈیو جاری کی ہے جس میں ایک امریکی صحافی جیمز فولی کو دکھایا گیا۔ شدت پسندوں نے "
     "امریکی صحافی کو ہلاک کر دیا۔", [("180", "ہلاک کر", "شدت پسندوں", "جیمز فولی")]),
    # the Latin comma, as Indian Urdu copy types it (UDTB), parts a list as the Urdu comma does: the
    # agent and the target are the first conjunct, not the middle one (udtbtrain:28)
    ("ایران, پاکستان اور افغانستان کے صدور نے تہران میں تبادلہ خیال کیا۔",
     [("040", "تبادلہ خیال کیا", "ایران", None)]),
    ("وزیر اعظم نواز شریف, صدر ممنون حسین اور آرمی چیف نے حملے کی مذمت کی۔",
     [("111", "مذمت کی", "نواز شریف", None)]),
    ("بھارت نے چین, جاپان اور روس سے مذاکرات کیے۔", [("046", "مذاکرات کیے", "بھارت", "چین")]),
    # a notice or a summons served on an actor is a demand (10, docs/annotation.md); with no one
    # served, none (blind38 0237)
    ("سپریم کورٹ نے اٹارنی جنرل کو نوٹس جاری کرتے ہوئے سماعت ملتوی کر دی۔",
     [("100", "نوٹس جاری کرتے", "سپریم کورٹ", "اٹارنی جنرل")]),
    ("عدالت نے اس معاملے پر نوٹس جاری کر دیا۔", []),
    ("عدالت نے عمران خان کو سمن جاری کیا۔", [("100", "سمن جاری کیا", "عدالت", "عمران خان")]),
    # pepper spray on protesters is force, as tear gas is (175; blind41 0047); a crop sprayed is not
    ("ہانگ کانگ میں پولیس نے مظاہرین پر مرچوں کا سپرے کیا۔",
     [("175", "مرچوں کا سپرے کیا", "پولیس", "مظاہرین")]),
    ("کسانوں نے کھیتوں پر دوا کا سپرے کیا۔", []),
    # views exchanged, told intransitively (blind41 0158)
    ("پاکستان اور لٹویا کے درمیان عالمی امور پر تبادلہ خیال ہوا۔",
     [("040", "تبادلہ خیال ہوا", "پاکستان", "لٹویا")]),
    # an accusation or a complaint whose clause has no نے accuses the actor that opens that clause
    # with no postposition after it (UDTB train 52, COUNTER 0006); a place or an owner there is no one
    ("مقامی افراد نے شکایت کی کہ گریٹر بلدیہ لاپرواہی کا مظاہرہ کر رہا ہے۔",
     [("114", "شکایت کی", "مقامی افراد", "گریٹر بلدیہ")]),
    ("عمران خان نے الزام لگایا کہ حکومت عوام کو دھوکہ دے رہی ہے۔",
     [("112", "الزام لگایا", "عمران خان", "حکومت")]),
    ("عمران خان نے الزام لگایا کہ یہ عناصر کمیٹی کی توجہ بانٹنا چاہتے ہیں۔",
     [("112", "الزام لگایا", "عمران خان", "عناصر")]),
    ("عمران خان نے الزام لگایا کہ ضلع میں پولیس کا راج چل رہا ہے۔",
     [("112", "الزام لگایا", "عمران خان", None)]),
    # force with no target named is used on the crowd its clause says it dispersed, as a purpose
    # before it or just after it (blind6 0178p, blind18 0047p); a pronoun there names no one
    ("پولیس نے مظاہرین کو منتشر کرنے کے لیے ربر کی گولیاں برسائیں۔",
     [("190", "گولیاں برسائیں", "پولیس", "مظاہرین")]),
    ("ہانگ کانگ میں پولیس نے مرچوں کا سپرے کر کے جمہوریت نواز مظاہرین کو منتشر کر دیا۔",
     [("175", "مرچوں کا سپرے کر", "پولیس", "جمہوریت نواز مظاہرین")]),
    ("پولیس نے ہوائی فائرنگ کر کے ان کو منتشر کر دیا۔", [("190", "فائرنگ کر", "پولیس", None)]),
    # a proper noun the recognizer missed before اور is the first conjunct, which codes the event
    # (blind38 0151: Ed and Paula Kassig; COUNTER 0066: Rory and Chesson)
    ("وسط مغربی امریکی ریاست انڈیانا میں ایڈ اور پاولا کاسنگ نے ایک وڈیو میں اپیل کی کہ ان کے بیٹے کو "
     "چھوڑ دیں۔", [("020", "اپیل کی", "ایڈ", None)]),
    ("پی جی اے ٹور کمشنر ٹم فنچم نے روری اور چیسن کو ایوارڈز جیتنے پر مبارکباد پیش کی۔",
     [("051", "مبارکباد پیش کی", "ٹم فنچم", "روری")]),
]


@pytest.fixture(scope="module")
def news():  # type: ignore[no-untyped-def]
    return load("news")


def _actor(doc: Document, k: int | None, span: object) -> str | None:
    if k is not None:
        return doc.span_text(doc.entities[k].span)
    return doc.span_text(span) if span is not None else None  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_construction(news, text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:  # type: ignore[no-untyped-def]
    doc = news(Document(text))
    got = [(e.code, doc.span_text(e.trigger), _actor(doc, e.actor1, e.actor1_span),
            _actor(doc, e.actor2, e.actor2_span))
           for e in doc.events if not e.code.startswith("01")]
    assert got == expected


def test_a_determiner_and_noun_point_back_to_the_phrase_that_named_them(news) -> None:  # type: ignore[no-untyped-def]
    """ان رہنماؤں کی جانب سے … زور دیا گیا (COUNTER 0243): the actor is the leaders named a sentence
    before (جرمنی، فرانس اور روس کے رہنماؤں), so its words are that earlier mention."""
    text = ("یوکرائنی صدر کی جانب سے یہ بیان ان کی جرمنی، فرانس اور روس کے رہنماؤں کے ساتھ ٹیلی فونک کانفرنس "
            "کے بعد سامنے آیا ہے۔ واضح رہے کہ ان رہنماؤں کی جانب سے کیف حکومت پر زور دیا گیا تھا کہ وہ "
            "فائربندی میں توسیع کا اعلان کرے۔")
    doc = news(Document(text))
    first = text.index("رہنماؤں")
    appeal = [e for e in doc.events if e.code == "020"]
    assert [(e.actor1_span.start if e.actor1_span else None) for e in appeal] == [first]
    assert [(q.speaker_span.start if q.speaker_span else None) for q in doc.quotes] == [first]


@pytest.mark.parametrize(("text", "where"), [
    ("صدر ممنون حسین نے کابل کا سرکاری دورہ کیا۔", "کابل"),  # the place visited
    ("بوکو حرام نے بورنو شہر پر حملہ کیا۔", "بورنو"),  # a town struck
    ("دہشت گردوں نے نائیجیریا کے شمال مشرق میں حملہ کیا۔", "نائیجیریا"),  # in a part of a place
    ("بھارت نے پاکستان پر حملہ کیا۔", None),  # a country struck is a side, not a place
    ("دولت اسلامیہ نے ایک امریکی صحافی کو ہلاک کر دیا۔", None),  # a nationality is no place
])
def test_where_an_event_happened(news, text: str, where: str | None) -> None:  # type: ignore[no-untyped-def]
    doc = news(text)
    (event,) = [e for e in doc.events if e.code != "010"]
    assert (doc.span_text(doc.entities[event.location].span) if event.location is not None else None) == where


def test_an_event_told_in_a_quote_or_a_claim_is_that_sources_account(news) -> None:  # type: ignore[no-untyped-def]
    """Event.quote: the quote or sourced claim whose content holds the trigger (the innermost), None
    for an event the report tells in its own voice; it survives the Document JSON."""
    from khabar.doc.jsonio import dumps, loads

    doc = news(Document("پولیس کے مطابق دہشت گردوں نے چیک پوسٹ پر حملہ کیا۔ وزیر داخلہ نے کہا کہ ترجمان "
                        "کا کہنا ہے کہ بھارت نے سرحد پر فائرنگ کی۔ فوج نے دشمن پر حملہ کیا۔"))
    quotes = [(q.kind, doc.span_text(q.cue)) for q in doc.quotes]
    assert quotes == [("sourced", "کے مطابق"), ("indirect", "کہا"), ("indirect", "کہنا ہے")]
    got = [(e.code, doc.span_text(e.trigger), e.quote) for e in doc.events]
    assert got == [
        ("180", "حملہ کیا", 0),  # according to the police
        ("010", "کہا", None),  # the minister's statement is the report's own news
        ("010", "کہنا ہے", 1),  # the spokesman's, as the minister tells it
        ("190", "فائرنگ کی", 2),  # the innermost quote: the spokesman's words
        ("190", "حملہ کیا", None),
    ]
    assert [e.quote for e in loads(dumps(doc)).events] == [0, None, 1, 2, None]


@pytest.mark.parametrize(("text", "when", "time_entity"), [
    # a day the sentence names, up to the day after the dateline's, dates the event; the dateline's
    # day is the day the report was filed (COUNTER 0537, 0515)
    ("اسلام آباد ۔ 24 جولائی (اے پی پی) وزیراعظم نواز شریف نے پیر کو چینی سفیر سے ملاقات کی۔",
     ("پیر کو", "2014-07-21"), None),
    ("اسلام آباد ۔ 24 جولائی (اے پی پی) وزیراعظم نواز شریف نے چینی سفیر سے ملاقات کی۔",
     ("24 جولائی", "2014-07-24"), "24 جولائی"),
    # … but a later day (a hearing, a deadline) or a year dates something else (COUNTER 0502, 0541)
    ("اسلام آباد ۔ 24 جولائی (اے پی پی) عدالت نے وزارت کو 29 جولائی تک جواب کی ہدایت کی۔",
     ("24 جولائی", "2014-07-24"), "24 جولائی"),
])
def test_when_an_event_happened(news, text: str, when: tuple[str, str], time_entity: str | None,  # type: ignore[no-untyped-def]
                                ) -> None:
    doc = news(Document(text, meta={"published": "2014-07-24"}))
    (ev,) = [e for e in doc.events if not e.code.startswith("01")]
    tx = doc.dates[ev.date] if ev.date is not None else None
    assert tx is not None
    assert (doc.span_text(tx.span), tx.value) == when
    assert (doc.span_text(doc.entities[ev.time].span) if ev.time is not None else None) == time_entity
