"""Quote rules end to end on real Urdu news sentences (the shipped ``news`` pipeline): exact cue,
content and speaker words."""

from __future__ import annotations

import pytest

from khabar.doc.model import Document
from khabar.loading import load

CASES = [
    # a name before a compound postposition (کے بشمول, کے خلاف) is that postposition's object, not the
    # subject of a cue without نے (UDTB train 81): the dropped subject goes on with the last speaker
    ("وزیر اعلی چندرا بابو نائیڈو نے کہا کہ کامیابی یقینی ہے۔ مسز کونڈا سریکھا کے بشمول مزید 5 ارکان "
     "اسمبلی کی رکنیت منسوخ کرنے کے سوال کا جواب دیتے ہوئے کہا کہ ہم کارروائی سے ڈرنے والے نہیں ہیں۔",
     [("indirect", "کہا", "کامیابی یقینی ہے", "چندرا بابو نائیڈو"),
      ("indirect", "کہا", "ہم کارروائی سے ڈرنے والے نہیں ہیں", "چندرا بابو نائیڈو")]),
    # the passive in progress or habitual (کہا جا رہا ہے, بتایا جاتا ہے) names no speaker, as کہا گیا ہے
    # names none: the person of the sentence before did not say it (udtb_blind3; COUNTER 0018p)
    ("کابینی وزیر نارائن رانے نے اجلاس میں شرکت کی۔ اس کے علاوہ یہ کہا جا رہا ہے کہ جاریہ سال بھی بہترین "
     "فصل ہوگی۔",
     [("indirect", "کہا جا رہا ہے", "جاریہ سال بھی بہترین فصل ہوگی", None)]),
    # a clause after جبکہ whose subject is named goes on with the source's words (COUNTER 0588p, blind13
    # 0583p) unless its agent takes نے after a list of names, or it is sourced (کے مطابق: blind36 0513p)
    ("وزیراعظم نے کہا کہ حکومت دن رات کوشاں ہے جبکہ پاک فوج بھی ریسکیو آپریشن جاری رکھے ہوئے ہے۔",
     [("indirect", "کہا", "حکومت دن رات کوشاں ہے جبکہ پاک فوج بھی ریسکیو آپریشن جاری رکھے ہوئے ہے",
       "وزیراعظم")]),
    ("وزیراعظم نے کہا کہ طلال بگٹی کے انتقال سے ملک ایک بہترین سیاسی رہنما سے محروم ہو گیا جبکہ وزیر داخلہ "
     "چودھری نثار، وزیراعلی پنجاب شہبازشریف، عمران خان نے لواحقین سے تعزیت کا اظہار کیا ہے۔",
     [("indirect", "کہا", "طلال بگٹی کے انتقال سے ملک ایک بہترین سیاسی رہنما سے محروم ہو گیا", "وزیراعظم")]),
    # a participle clause before the next cue's agent belongs to that cue: the quote before it ends at
    # the separator before the participle (COUNTER 0460, 0561p)
    ("مشیر خارجہ سرتاج عزیز نے کہا ہے کہ متحد افغانستان پاکستان کے مفاد میں ہے ، افغان حکام کے الزامات کا "
     "حوالہ دیتے ہوئے انہوں نے کہا کہ ان کے پاس ثبوت ہیں تو وہ پاکستان کے ساتھ تبادلہ کریں۔",
     [("indirect", "کہا ہے", "متحد افغانستان پاکستان کے مفاد میں ہے", "سرتاج عزیز"),
      ("indirect", "کہا", "ان کے پاس ثبوت ہیں تو وہ پاکستان کے ساتھ تبادلہ کریں", "سرتاج عزیز")]),
    # a comma and a pronoun agent after words that name no one: the narrator tells the speaker's next
    # act (COUNTER 0191p); after words that name someone, that one's act is still the speaker's words
    ("سیکرٹری جنرل بان کی مون نے کہا کہ وائرس کے خلاف ایک بے مثال بین الاقوامی کاروائی کی ضرورت ہے،انہوں نے "
     "اقوام متحدہ کا ہنگامی مشن قائم کرنے کا اعلان بھی کیا۔",
     [("indirect", "کہا", "وائرس کے خلاف ایک بے مثال بین الاقوامی کاروائی کی ضرورت ہے",
       "بان کی مون")]),
    ("حاجی غلام بلور نے کہا ہے کہ عمران خان اسلام آباد میں دھرنے دے رہے ہیں، انہوں نے صوبے کو اکیلا چھوڑ "
     "دیا۔",
     [("indirect", "کہا ہے", "عمران خان اسلام آباد میں دھرنے دے رہے ہیں، انہوں نے صوبے کو اکیلا چھوڑ دیا",
       "حاجی غلام بلور")]),
    # a list of people that spoke is its first named member, for the pronoun speaker after it as for
    # the list's own quote (blind31 0424p)
    ("میر واعظ، سید علی گیلانی، شبیر شاہ، فاروق احمد ڈار نے اپنے الگ الگ بیانات میں کشمیریوں سے کہا ہے کہ "
     "وہ اس دن مکمل ہڑتال کریں۔ انہوں نے کہا کہ بھارت کو کوئی حق نہیں۔",
     [("indirect", "کہا ہے", "وہ اس دن مکمل ہڑتال کریں", "میر واعظ"),
      ("indirect", "کہا", "بھارت کو کوئی حق نہیں", "میر واعظ")]),
    # a second cue with no agent marked (a present tense, a first-person request) ends the first
    # quote at the clause separator before it; the agent of a clause that a separator closed is not
    # the next cue's, and a title before a partner's name is no subject (blind33 0544p, blind41 0594p)
    ("سپیکر ایاز صادق نے کہا ہے کہ سماعت کا اختیار عدالت کے پاس ہے، عدالت کہتی ہے کہ اسے اختیار سماعت نہیں۔ "
     "عمران خان نے کہا کہ حکومت نے ظلم کی انتہا کر دی ہے، میری چیف جسٹس ناصر الملک سے اپیل ہے کہ وہ تشدد "
     "کا نوٹس لیں۔",
     [("indirect", "کہا ہے", "سماعت کا اختیار عدالت کے پاس ہے", "ایاز صادق"),
      ("indirect", "کہتی ہے", "اسے اختیار سماعت نہیں", None),
      ("indirect", "کہا", "حکومت نے ظلم کی انتہا کر دی ہے", "عمران خان"),
      ("indirect", "اپیل ہے", "وہ تشدد کا نوٹس لیں", "عمران خان")]),
    # a first-person wish to tell (بتانا چاہتا ہوں کہ) inside a speaker's words is that speaker's quote,
    # and a question put (سوال کیا گیا کہ) is a quote with no speaker (blind18, blind36)
    ("طاہر القادری نے کہا کہ حکومت ہم پر مقدمے درج کر رہی ہے۔ مگر میں شریف برادران کو بتانا چاہتا ہوں کہ "
     "ظلم کی ایک حد ہوتی ہے۔ ترجمان سے سوال کیا گیا کہ وزیراعظم کا دورہ کب ہوگا۔",
     [("indirect", "کہا", "حکومت ہم پر مقدمے درج کر رہی ہے", "طاہر القادری"),
      ("indirect", "بتانا چاہتا ہوں", "ظلم کی ایک حد ہوتی ہے", "طاہر القادری"),
      ("indirect", "سوال کیا گیا", "وزیراعظم کا دورہ کب ہوگا", None)]),
    # a demonym before the noun of a title someone was named with (امریکی نمائندے after امریکہ کے خصوصی
    # نمائندے … ڈینئل فیلڈمین) is that person, of that country (blind38 0580p)
    ("امریکہ کے خصوصی نمائندے برائے پاکستان و افغانستان ڈینئل فیلڈمین نے کہا ہے کہ مذاکرات ضروری ہیں۔ "
     "امریکی نمائندے کا کہنا تھا کہ امن کی کوششیں قابل تعریف ہیں۔",
     [("indirect", "کہا ہے", "مذاکرات ضروری ہیں", "ڈینئل فیلڈمین"),
      ("indirect", "کہنا تھا", "امن کی کوششیں قابل تعریف ہیں", "ڈینئل فیلڈمین")]),
    # … and the next pronoun speaker is that person too, not a person who spoke before (blind38 0580p)
    ("امریکہ کے خصوصی نمائندے ڈینئل فیلڈمین نے کہا ہے کہ مذاکرات ضروری ہیں۔ مشیر خارجہ سرتاج عزیز کا کہنا "
     "تھا کہ پاکستان تیار ہے۔ امریکی نمائندے کا کہنا تھا کہ امن کی کوششیں قابل تعریف ہیں۔ انہوں نے کہا کہ "
     "مذاکرات بحال ہونے چاہئیں۔",
     [("indirect", "کہا ہے", "مذاکرات ضروری ہیں", "ڈینئل فیلڈمین"),
      ("indirect", "کہنا تھا", "پاکستان تیار ہے", "سرتاج عزیز"),
      ("indirect", "کہنا تھا", "امن کی کوششیں قابل تعریف ہیں", "ڈینئل فیلڈمین"),
      ("indirect", "کہا", "مذاکرات بحال ہونے چاہئیں", "ڈینئل فیلڈمین")]),
    # … and the title in the other (Persian) order, its noun in the direct case (نمائندہ خصوصی)
    ("امریکہ کے خصوصی نمائندے برائے پاکستان و افغانستان ڈینئل فیلڈمین نے کہا ہے کہ مذاکرات ضروری ہیں۔ "
     "امریکی نمائندہ خصوصی کا کہنا تھا کہ امن کی کوششیں قابل تعریف ہیں۔",
     [("indirect", "کہا ہے", "مذاکرات ضروری ہیں", "ڈینئل فیلڈمین"),
      ("indirect", "کہنا تھا", "امن کی کوششیں قابل تعریف ہیں", "ڈینئل فیلڈمین")]),
    # a focus particle between the words of a cue (یہ انکشاف بھی کیا, امید بھی ظاہر کی): the same cue
    ("ترجمان دفتر خارجہ تسنیم اسلم نے یہ انکشاف بھی کیا کہ مذاکرات کا اگلا دور جلد ہوگا۔ وزیراعظم نواز شریف "
     "نے یہ امید بھی ظاہر کی ہے کہ پولیو کا خاتمہ ہوگا۔ انہوں نے اس توقع کا اظہار بھی کیا کہ اختلافات ختم "
     "ہو جائیں گے۔",
     [("indirect", "انکشاف بھی کیا", "مذاکرات کا اگلا دور جلد ہوگا", "تسنیم اسلم"),
      ("indirect", "امید بھی ظاہر کی ہے", "پولیو کا خاتمہ ہوگا", "نواز شریف"),
      ("indirect", "توقع کا اظہار بھی کیا", "اختلافات ختم ہو جائیں گے", "نواز شریف")]),
    # a question put to someone (پوچھا گیا کہ: a quote with no speaker), a broadcaster's report, a
    # complaint and an order are speech cues too, only with کہ (blind35, uner_blind1-3, udtb_blind1)
    ("ایک رئیلٹی شو میں اداکارہ بپاشا باسو سے پوچھا گیا کہ وہ ہنی سنگھ کے ساتھ کام کریں گی۔ سرکاری خبر رساں "
     "ادارے ایسنا نے خبر دی کہ ریحانہ جباری کو پھانسی دے دی گئی۔ عمران خان نے شکوہ کیا کہ انہیں جواب نہیں "
     "ملتا۔ وزیراعلی شہباز شریف نے حکم دیا کہ ایبولا سے بچاؤ کے اقدامات کیے جائیں۔",
     [("indirect", "پوچھا گیا", "وہ ہنی سنگھ کے ساتھ کام کریں گی", None),
      ("indirect", "خبر دی", "ریحانہ جباری کو پھانسی دے دی گئی", "ایسنا"),
      ("indirect", "شکوہ کیا", "انہیں جواب نہیں ملتا", "عمران خان"),
      ("indirect", "حکم دیا", "ایبولا سے بچاؤ کے اقدامات کیے جائیں", "شہباز شریف")]),
    # replies, promises, pleas, remarks, tweets and expressed confidence are speech cues, each only with
    # کہ (the annotators' calls in blind16-41 and uner_blind2): منہ توڑ جواب دیا (hit back) is no quote
    ("امریکی ترجمان میری ہارف سے پوچھا گیا تو انہوں نے جواب دیا کہ ہم اپنے شراکت داروں سے بات چیت کرتے "
     "رہتے ہیں۔ پاکستان کی مسلح افواج نے بھارت کو منہ توڑ جواب دیا ہے۔",
     [("indirect", "جواب دیا", "ہم اپنے شراکت داروں سے بات چیت کرتے رہتے ہیں", "میری ہارف")]),
    ("صدر اوباما نے وعدہ کیا کہ امریکی افواج کسی جنگ میں نہیں گھسیٹی جائیں گی۔ چیف جسٹس ناصر الملک نے "
     "ریمارکس دئیے کہ ججوں کو پیدل جانا پڑا۔",
     [("indirect", "وعدہ کیا", "امریکی افواج کسی جنگ میں نہیں گھسیٹی جائیں گی", "اوباما"),
      ("indirect", "ریمارکس دئیے", "ججوں کو پیدل جانا پڑا", "ناصر الملک")]),
    ("وکیل سلمان اسلم بٹ نے عدالت سے استدعا کی کہ سماعت ملتوی کی جائے۔ اداکار امیتابھ بچن نے ٹویٹ کیا کہ "
     "ان کے مداح بڑھ گئے ہیں۔ صدر ممنون حسین نے اس اعتماد کا اظہار کیا کہ آپریشن کامیاب ہوگا۔",
     [("indirect", "استدعا کی", "سماعت ملتوی کی جائے", "سلمان اسلم بٹ"),
      ("indirect", "ٹویٹ کیا", "ان کے مداح بڑھ گئے ہیں", "امیتابھ بچن"),
      ("indirect", "اعتماد کا اظہار کیا", "آپریشن کامیاب ہوگا", "ممنون حسین")]),
    # خبردار typed as two words and زور ڈالا (pressed) are speech cues like خبردار کیا and زور دیا (blind26)
    ("سعودی فرمانروا شاہ عبداللہ نے خبر دار کیا تھا کہ داعش کے جنگجو یورپ پہنچ جائیں گے۔ اقوام متحدہ نے "
     "تمام ممالک پر زور ڈالا کہ وہ وسائل فراہم کریں۔",
     [("indirect", "خبر دار کیا تھا", "داعش کے جنگجو یورپ پہنچ جائیں گے", "فرمانروا شاہ عبداللہ"),
      ("indirect", "زور ڈالا", "وہ وسائل فراہم کریں", "اقوام متحدہ")]),
    # a cue in the first person (سے کہتا ہوں, سے کہتی ہوں) inside a speaker's words is that speaker's,
    # with or without کہ
    ("وزیر اعظم نواز شریف نے کہا کہ احتجاج کرنے والے دھرنے دیتے رہیں گے۔ دھرنے والوں سے کہتا ہوں دھرنا "
     "ختم کرو اور نیک کام میں شامل ہو جاؤ۔ ملالہ یوسفزئی نے کہا کہ وہ سیاست میں آنا چاہتی ہیں۔ ملک کی "
     "تمام سیاسی جماعتوں سے کہتی ہوں کہ ملک کی خوشحالی کیلئے مل کر کام کریں۔",
     [("indirect", "کہا", "احتجاج کرنے والے دھرنے دیتے رہیں گے", "نواز شریف"),
      ("indirect", "کہتا ہوں", "دھرنا ختم کرو اور نیک کام میں شامل ہو جاؤ", "نواز شریف"),
      ("indirect", "کہا", "وہ سیاست میں آنا چاہتی ہیں", "ملالہ یوسفزئی"),
      ("indirect", "کہتی ہوں", "ملک کی خوشحالی کیلئے مل کر کام کریں", "ملالہ یوسفزئی")]),
    # a second cue of the opinion kind (ان کا کہنا تھا کہ) ends the first quote at its genitive phrase;
    # an agent with نے inside the first quote (وزیراعلیٰ نے انہیں …) is not the next speaker
    ("میر سرفراز بگٹی نے اعتراف کیا کہ وزیراعلیٰ نے انہیں اس فیصلہ پر اعتماد میں نہیں لیا تاہم ان کا کہنا "
     "تھا کہ وہ اس فیصلے پر ان کے ساتھ ہیں۔",
     [("indirect", "اعتراف کیا", "وزیراعلی نے انہیں اس فیصلہ پر اعتماد میں نہیں لیا", "میر سرفراز بگٹی"),
      ("indirect", "کہنا تھا", "وہ اس فیصلے پر ان کے ساتھ ہیں", "میر سرفراز بگٹی")]),
    # a list before سمیت (including) names the agent's members, coded by the first, however long the
    # comma list and whatever part of speech the tagger gave a name in it
    ("حنا جیلانی ،شازیہ شاہین ،عنبرین فاطمہ ،نیلم حسین ،نازیہ حسن ،شبانہ ناز،نورین توکل،آئمہ محمود ،فرزانہ "
     "ممتاز سمیت دیگر سماجی ورکرز نے بات چیت کرتے ہوئے کہا کہ قوانین کمزور ہیں۔",
     [("indirect", "کہا", "قوانین کمزور ہیں", "حنا جیلانی")]),
    # a passive cue whose agent is named by کی طرف سے speaks with that agent (here the office's owner)
    ("برازیلی صدر کے دفتر کی طرف سے اسرائیلی ریمارکس پر کہا گیا تھا کہ اس سے برا ماحول پیدا ہوتا ہے۔",
     [("indirect", "کہا گیا تھا", "اس سے برا ماحول پیدا ہوتا ہے", "صدر")]),
    # a dropped subject does not continue a speaker the clause names as its partner (صدر سے کہا:
    # said to the president)
    ("صدر ممنون حسین نے کہا کہ کام جاری ہے۔ بریفنگ میں صدر سے کہا کہ پولیو کا خاتمہ ضروری ہے۔",
     [("indirect", "کہا", "کام جاری ہے", "ممنون حسین"),
      ("indirect", "کہا", "پولیو کا خاتمہ ضروری ہے", None)]),
    # a content that opens with another source's report holds it: both are quotes, each with its
    # own speaker (before, the report's agent ended the first quote before it began)
    ("وفاقی وزیر اطلاعات پرویز رشید نے کہا کہ عمران خان نے اپنی تقریر میں دعوی کیا ہے کہ وہ اگلے دن بڑا "
     "انکشاف کریں گے لیکن وہ اس میں ناکام رہے۔",
     [("indirect", "کہا", "عمران خان نے اپنی تقریر میں دعوی کیا ہے کہ وہ اگلے دن بڑا انکشاف کریں گے لیکن وہ "
       "اس میں ناکام رہے", "پرویز رشید"),
      ("indirect", "دعوی کیا ہے", "وہ اگلے دن بڑا انکشاف کریں گے لیکن وہ اس میں ناکام رہے", "عمران خان")]),
    # a bare title with an adjective before it (وفاقی وزیر) or typed without its space (وزیرخزانہ)
    # speaks for the person the title was written before
    ("وفاقی وزیر اطلاعات پرویز رشید نے کہا کہ مذاکرات جاری ہیں۔ وفاقی وزیر نے کہا کہ حکومت مذاکرات پر "
     "یقین رکھتی ہے۔ وزیر خزانہ اسحاق ڈار نے کہا کہ معیشت بہتر ہو رہی ہے۔ وزیرخزانہ نے کہا کہ ٹیکس نہیں "
     "بڑھیں گے۔",
     [("indirect", "کہا", "مذاکرات جاری ہیں", "پرویز رشید"),
      ("indirect", "کہا", "حکومت مذاکرات پر یقین رکھتی ہے", "پرویز رشید"),
      ("indirect", "کہا", "معیشت بہتر ہو رہی ہے", "اسحاق ڈار"),
      ("indirect", "کہا", "ٹیکس نہیں بڑھیں گے", "اسحاق ڈار")]),
    # تنظیم (the organisation) stands for any organisation named before it
    ("انسانی حقوق کی عالمی تنظیم ایمنسٹی انٹرنیشنل نے فوجیوں کو سزا دینے کے فیصلے کا خیر مقدم کیا ہے۔ تنظیم "
     "نے اپنے بیان میں کہا کہ متاثرین کو انصاف فراہم کیا جائے۔",
     [("indirect", "کہا", "متاثرین کو انصاف فراہم کیا جائے", "ایمنسٹی انٹرنیشنل")]),
    # a first-person cue continues its speaker across sentences of the speaker's own words (ہم …
    # کرتے رہیں گے) with no agent between
    ("وزیر اعظم نواز شریف نے کہا کہ احتجاج کرنے والے دھرنے دیتے رہیں گے۔ سیلاب سے متاثرہ بھائیوں کی خدمت "
     "کرتے رہیں گے۔ ہم پاکستان کی خوشحالی پر کام کرتے رہیں گے۔ دھرنے والوں کو دعوت دیتا ہوں کہ سیلاب "
     "متاثرین کی مدد کیلئے آگے آئیں۔",
     [("indirect", "کہا", "احتجاج کرنے والے دھرنے دیتے رہیں گے", "نواز شریف"),
      ("indirect", "دعوت دیتا ہوں", "سیلاب متاثرین کی مدد کیلئے آگے آئیں", "نواز شریف")]),
    # a content with no verb before another source's report (a date, then Y نے … لکھا کہ) holds it
    ("گواہ مقصود الحسن کا کہنا تھا کہ 19نومبر کو ڈائریکٹر جنرل ایف آئی اے نے ادارے کے افسران کو لکھا کہ وہ "
     "تحقیقاتی ٹیم کی معاونت کریں۔",
     [("indirect", "کہنا تھا", "19نومبر کو ڈائریکٹر جنرل ایف آئی اے نے ادارے کے افسران کو لکھا کہ وہ "
       "تحقیقاتی ٹیم کی معاونت کریں", "مقصود الحسن"),
      ("indirect", "لکھا", "وہ تحقیقاتی ٹیم کی معاونت کریں", "ڈائریکٹر جنرل")]),
    # cues the annotators call speech when کہ follows (رائے دی, ہدایات جاری کیں, آگاہ کیا), and the
    # opinion cue typed joined (کاکہناہے)
    ("اجلاس میں کچھ ارکان نے یہی رائے دی کہ وزیراعظم کو مستعفی ہوجانا چاہئے۔ کابینہ نے متعلقہ اداروں کو "
     "ہدایات جاری کیں کہ وہ صورتحال کا جائزہ لیں۔ وفاقی حکومت نے تمام وزرائے اعلی کو آگاہ کیا کہ تقریبات "
     "بھرپور طریقے سے منائی جائیں۔ حکام کاکہناہے کہ ایک اور بڑا ریلا آج رات ملتان پہنچے گا۔",
     [("indirect", "رائے دی", "وزیراعظم کو مستعفی ہوجانا چاہئے", None),
      ("indirect", "ہدایات جاری کیں", "وہ صورتحال کا جائزہ لیں", None),
      ("indirect", "آگاہ کیا", "تقریبات بھرپور طریقے سے منائی جائیں", None),
      ("indirect", "کہنا ہے", "ایک اور بڑا ریلا آج رات ملتان پہنچے گا", None)]),
    # court and petition reporting (موقف اختیار کیا, موقف اپنایا), directions (ہدایت دی), a demand in
    # progress; a title before a place (وزیر اعلی پنجاب) is the office that speaks, not the place
    ("اٹارنی جنرل سلمان اسلم بٹ نے موقف اختیار کیا کہ اپوزیشن لیڈر بیمار ہیں۔ وزیر اعلی پنجاب نے محکمہ صحت "
     "کو ہدایت دی ہے کہ مکمل تحقیقات کی جائیں۔ احمد یحییٰ خان نے درخواست میں موقف اپنایا کہ آسامیاں مشتہر "
     "کی گئیں۔ لوگ مطالبہ کر رہے تھے کہ فوج علاقے سے نکل جائے۔",
     [("indirect", "موقف اختیار کیا", "اپوزیشن لیڈر بیمار ہیں", "سلمان اسلم بٹ"),
      ("indirect", "ہدایت دی ہے", "مکمل تحقیقات کی جائیں", "وزیر اعلی"),
      ("indirect", "موقف اپنایا", "آسامیاں مشتہر کی گئیں", "احمد یحیی خان"),
      ("indirect", "مطالبہ کر رہے تھے", "فوج علاقے سے نکل جائے", None)]),
    # a later انہوں نے کہا is the speaker who reported another's words, not the one reported
    ("وفاقی وزیر اطلاعات پرویز رشید نے کہا کہ عمران خان قوم کو گمراہ کر رہے ہیں۔ انہوں نے کہا کہ عمران نے "
     "بیرون ملک پاکستانیوں سے کہا کہ وہ ہنڈی کے ذریعہ رقوم بھیجیں۔ انہوں نے کہا کہ عمران خان ملزمان کو بچانے "
     "کی کوشش کرتے ہیں۔",
     [("indirect", "کہا", "عمران خان قوم کو گمراہ کر رہے ہیں", "پرویز رشید"),
      ("indirect", "کہا", "عمران نے بیرون ملک پاکستانیوں سے کہا کہ وہ ہنڈی کے ذریعہ رقوم بھیجیں",
       "پرویز رشید"),
      ("indirect", "کہا", "وہ ہنڈی کے ذریعہ رقوم بھیجیں", "عمران"),
      ("indirect", "کہا", "عمران خان ملزمان کو بچانے کی کوشش کرتے ہیں", "پرویز رشید")]),
    # a common-noun agent that spoke inside a person's report of the same sentence (تمام وزراء خارجہ
    # نے کہا) does not take over the person's later انہوں نے کہا
    ("مشیر خارجہ سرتاج عزیز نے کہا کہ مذاکرات ضروری ہیں۔ انہوں نے کہا کہ بھارت نے جب ملاقات منسوخ کی تو "
     "نیویارک میں تمام وزراء خارجہ نے کہا کہ یہ غلط ہوا ہے۔ انہوں نے کہا کہ ہماری افواج نے موثر جواب دیا ہے۔",
     [("indirect", "کہا", "مذاکرات ضروری ہیں", "سرتاج عزیز"),
      ("indirect", "کہا", "بھارت نے جب ملاقات منسوخ کی تو نیویارک میں", "سرتاج عزیز"),
      ("indirect", "کہا", "یہ غلط ہوا ہے", None),
      ("indirect", "کہا", "ہماری افواج نے موثر جواب دیا ہے", "سرتاج عزیز")]),
    # the next speaker's clause starts at its conjunction (تاہم), not at a comma before another
    # finite clause (… اجازت دے ، … جائیں جبکہ … کر دیا ہے تاہم X نے)
    ("سینٹ میں اپوزیشن کی تمام جماعتوں نے حکومت سے مطالبہ کیا ہے کہ وہ مارچ کو آنے کی اجازت دے ، تمام "
     "رکاوٹیں ہٹائی جائیں جبکہ کئی ارکان نے ایجنڈے کو مسترد کر دیا ہے تاہم حکومتی ترجمان مشاہد اللہ خان نے "
     "کہا ہے کہ سب سے کم دھاندلی ہوئی۔",
     [("indirect", "مطالبہ کیا ہے", "وہ مارچ کو آنے کی اجازت دے ، تمام رکاوٹیں ہٹائی جائیں", None),
      ("indirect", "کہا ہے", "سب سے کم دھاندلی ہوئی", "مشاہد اللہ خان")]),
    # a lone ‘ between spaces separates clauses (پارلیمنٹ ‘ عدالت): it opens no direct quote that would
    # swallow the indirect ones after it
    ("وفاقی وزیر اطلاعات پرویز رشید نے کہا ہے کہ جمہوریت بہترین نظام ہے، ریاست کو قائم رکھنا پارلیمنٹ ‘ "
     "عدالت اور عوام کی ذمہ داری ہے‘ لاقانونیت کو قانون کی گرفت میں لائیں گے۔ انہوں نے کہا کہ عمران خان جھوٹ "
     "بولتے ہیں۔ ’’آزادی خان‘‘ نے الزامات لگائے۔",
     [("indirect", "کہا ہے", "جمہوریت بہترین نظام ہے، ریاست کو قائم رکھنا پارلیمنٹ ‘ عدالت اور عوام کی ذمہ "
       "داری ہے‘ لاقانونیت کو قانون کی گرفت میں لائیں گے", "پرویز رشید"),
      ("indirect", "کہا", "عمران خان جھوٹ بولتے ہیں", "پرویز رشید")]),
    # the opinion cue with a demonstrative (X کا یہ کہنا ہے کہ), nested in another source's report
    ("جسٹس جواد خواجہ نے کہا کہ لاہور ہائی کورٹ کا یہ کہنا ہے کہ یہ معاملہ سیاسی نوعیت کا ہے۔",
     [("indirect", "کہا", "لاہور ہائی کورٹ کا یہ کہنا ہے کہ یہ معاملہ سیاسی نوعیت کا ہے", "جواد خواجہ"),
      ("indirect", "یہ کہنا ہے", "یہ معاملہ سیاسی نوعیت کا ہے", "لاہور ہائی کورٹ")]),
    # words that say میرے (my) come from one person: a committee named in between is no antecedent
    ("وزیراعظم محمد نواز شریف نے کہا کہ پولیو کا خاتمہ ضروری ہے۔ بین الاقوامی ہیلتھ ریگولیشن کی ہنگامی کمیٹی "
     "نے تجویز دی ہے کہ ہر مسافر کو پولیو ویکسین دی جائے۔ انہوں نے کہا کہ میرے دورہ امریکہ کے دوران عالمی "
     "بینک نے تشویش ظاہر کی۔",
     [("indirect", "کہا", "پولیو کا خاتمہ ضروری ہے", "محمد نواز شریف"),
      ("indirect", "تجویز دی ہے", "ہر مسافر کو پولیو ویکسین دی جائے", None),
      ("indirect", "کہا", "میرے دورہ امریکہ کے دوران عالمی بینک نے تشویش ظاہر کی", "محمد نواز شریف")]),
    # a first-person request (میری … سے درخواست ہے کہ) continues the speaker whose words these are
    ("کوچ لوئز فلپ سکولاری نے کہا کہ شکست کی ذمہ داری قبول کرتا ہوں۔ یہ ٹیم میں نے ہی منتخب کی تھی۔ میری "
     "مداحوں سے درخواست ہے کہ وہ تمام کھلاڑیوں کو معاف کردیں۔",
     [("indirect", "کہا", "شکست کی ذمہ داری قبول کرتا ہوں", "لوئز فلپ سکولاری"),
      ("indirect", "درخواست ہے", "وہ تمام کھلاڑیوں کو معاف کر دیں", "لوئز فلپ سکولاری")]),
    # … سے میری گزارش ہے کہ (Indian papers: گذارش): a request told as a noun, like درخواست ہے
    ("مسلمان بھائیوں سے میری گذارش ہے کہ وہ اپنی ٹوپی ساتھ رکھیں۔",
     [("indirect", "گذارش ہے", "وہ اپنی ٹوپی ساتھ رکھیں", None)]),
    # اس یقین کا اظہار کیا کہ: an expressed belief is a speech cue, and so is an expressed resolve
    ("وزیراعظم نے اس یقین کا اظہار کیا کہ دونوں ملک کامیاب ہونگے۔",
     [("indirect", "یقین کا اظہار کیا", "دونوں ملک کامیاب ہونگے", "وزیراعظم")]),
    ("وزیراعظم نے اس عزم کا اظہار کیا کہ متاثرین کی آباد کاری تک وہ چین سے نہیں بیٹھیں گے۔",
     [("indirect", "عزم کا اظہار کیا", "متاثرین کی آباد کاری تک وہ چین سے نہیں بیٹھیں گے", "وزیراعظم")]),
    # a one-word title before an organisation (سپیکر قومی اسمبلی) speaks for the person an earlier
    # title beginning with that word belonged to
    ("قومی اسمبلی کے سپیکر سردار ایاز صادق نے واضح کیا ہے کہ وہ مستعفی نہیں ہو رہے۔ صحافیوں سے بات چیت "
     "کرتے ہوئے سپیکر قومی اسمبلی نے کہا کہ ان کی آخری ملاقات اجلاس کے موقع پر ہوئی تھی۔",
     [("indirect", "واضح کیا ہے", "وہ مستعفی نہیں ہو رہے", "ایاز صادق"),
      ("indirect", "کہا", "ان کی آخری ملاقات اجلاس کے موقع پر ہوئی تھی", "ایاز صادق")]),
    # a perfective cue without نے (… مطالبہ کیاہے کہ, typed joined) has dropped its subject: the
    # preceding speaker goes on; a partner marked by سے (انٹرپول سے) is not the subject
    ("وزیراعظم نواز شریف نے کہا کہ رقم واپس لائی جائے گی۔ انٹرپول سے مطالبہ کیاہے کہ وہ وارنٹ جاری کرے۔",
     [("indirect", "کہا", "رقم واپس لائی جائے گی", "نواز شریف"),
      ("indirect", "مطالبہ کیا ہے", "وہ وارنٹ جاری کرے", "نواز شریف")]),
    # X کو مجرم کہا جا رہا ہے: X is being called a criminal, nobody speaks; with کہ after it, the
    # passive in progress is a cue of its own, without a speaker
    ("انہوں نے کہا کہ صولت مرزا کو ہی مجرم کہا جا رہا ہے۔",
     [("indirect", "کہا", "صولت مرزا کو ہی مجرم کہا جا رہا ہے", None)]),
    ("ترجمان نے بتایا کہ کہا جا رہا ہے کہ مذاکرات جلد ہوں گے۔",
     [("indirect", "بتایا", "کہا جا رہا ہے کہ مذاکرات جلد ہوں گے", "ترجمان"),
      ("indirect", "کہا جا رہا ہے", "مذاکرات جلد ہوں گے", None)]),
    # doubled single marks as Urdu papers type them (’’…‘‘) pair with each other: the title in them
    # is no quote and does not swallow the indirect quote after it
    ("اداکارہ سنی لیون نے اپنی فلم ’’مستی زادے‘‘ کی عکس بندی شروع کروا دی۔ سنی لیون نے پیغام میں "
     "کہا کہ انہیں مسلسل فلمیں مل رہی ہیں۔",
     [("indirect", "کہا", "انہیں مسلسل فلمیں مل رہی ہیں", "سنی لیون")]),
    # two typewriter apostrophes are a quotation mark pair as Indian Urdu papers type them; the
    # quote is the words inside, not the space after the opening mark
    ("وزیر اعلی چندرا بابو نائیڈو نے کہا'' ریاست میں امن قائم رہے گا''۔",
     [("direct", "کہا", "ریاست میں امن قائم رہے گا", "چندرا بابو نائیڈو")]),
    ("اس نے پوچھا'' آپ کون ہیں؟''۔", [("direct", "پوچھا", "آپ کون ہیں؟", None)]),
    # an opening mark that closes nowhere opens the words: it is not part of them
    ("اس کی والدہ نے کہا'' بیٹا صبر کرو اور گھر واپس آ جاؤ۔",
     [("indirect", "کہا", "بیٹا صبر کرو اور گھر واپس آ جاؤ", None)]),
    # Indian Urdu news cues (UDTB train passages): assured, proposed, warned, complained, claimed,
    # indicated, wrote, reported, informed, and a first-person request inside a speaker's words
    ("پولیس کمشنر پرساد راؤ نے تیقن دیا کہ مدارس کو ہراساں نہیں کیا جائے گا۔",
     [("indirect", "تیقن دیا", "مدارس کو ہراساں نہیں کیا جائے گا", "پرساد راؤ")]),
    ("تندولکر کمیٹی نے تجویز پیش کی تھی کہ غربت کا اندازہ نئے طریقے سے لگایا جائے۔",
     [("indirect", "تجویز پیش کی تھی", "غربت کا اندازہ نئے طریقے سے لگایا جائے", None)]),
    ("محمد ظہیرالدین نے بلدی عہدیداروں کو انتباہ دیا کہ عوامی احتجاج منظم کیا جائے گا۔",
     [("indirect", "انتباہ دیا", "عوامی احتجاج منظم کیا جائے گا", "محمد ظہیرالدین")]),
    ("مقامی افراد نے شکایت کی کہ بلدیہ لاپرواہی کا مظاہرہ کر رہی ہے۔",
     [("indirect", "شکایت کی", "بلدیہ لاپرواہی کا مظاہرہ کر رہی ہے", None)]),
    ("ملزمین کے وکیل شہباز راجپوت نے یہ ادعا کیا ہے کہ حکام نے جج کو برخاست کر دیا ہے۔",
     [("indirect", "ادعا کیا ہے", "حکام نے جج کو برخاست کر دیا ہے", "شہباز راجپوت")]),
    ("سیول سماج کے ارکان نے بھی یہ اشارے دیے تھے کہ اس بل کو سخت بنایا جائے گا۔",
     [("indirect", "اشارے دیے تھے", "اس بل کو سخت بنایا جائے گا", None)]),
    ("تنظیم کے پمفلٹ میں شر پسند عناصر نے تحریر کیا کہ پولیس والوں کے قتل کی ذمہ داری تنظیم لیتی ہے۔",
     [("indirect", "تحریر کیا", "پولیس والوں کے قتل کی ذمہ داری تنظیم لیتی ہے", None)]),
    ("الجزیرہ نے مصراتہ سے رپورٹ دی ہے کہ فوج نے شہریوں سے تحفظ کی درخواست کی ہے۔",
     [("indirect", "رپورٹ دی ہے", "فوج نے شہریوں سے تحفظ کی درخواست کی ہے", None)]),
    ("اُنھوں نے حکومت پاکستان کو واقف کروا دیا ہے کہ آئی ایس آئی کے طالبان سے روابط ہیں۔",
     [("indirect", "واقف کروا دیا ہے", "آئی ایس آئی کے طالبان سے روابط ہیں", None)]),
    ("مولانا نے کہا کہ میں مدرسہ بورڈ سے درخواست کرتا ہوں کہ وہ اس مسئلے پر غور کرے۔",
     [("indirect", "کہا", "میں مدرسہ بورڈ سے درخواست کرتا ہوں کہ وہ اس مسئلے پر غور کرے", None),
      ("indirect", "درخواست کرتا ہوں", "وہ اس مسئلے پر غور کرے", None)]),
    # after a future (what the source said would happen) تاہم turns to the narrator's account of what
    # did; after a present it stays in the source's voice
    ("عمران خان نے اعلان کیا تھا کہ وہ انتخابات کے بعد سیاست سے سبکدوش ہو جائیں گے تاہم وہ بات بدلنے میں "
     "بھی مہارت رکھتے ہیں۔",
     [("indirect", "اعلان کیا تھا", "وہ انتخابات کے بعد سیاست سے سبکدوش ہو جائیں گے", "عمران خان")]),
    ("ترجمان نے کہا کہ ہمیں صورتحال پر تشویش ہے تاہم مذاکرات جاری رہیں گے۔",
     [("indirect", "کہا", "ہمیں صورتحال پر تشویش ہے تاہم مذاکرات جاری رہیں گے", "ترجمان")]),
    # a symmetric mark before a full stop closes a quote whose opening is missing; it opens none, so
    # the cues after it are not swallowed by a "quote" that runs to the next mark
    ('ہماری پہلی ترجیح شفافیت لانا ہوگی"۔\nسابق اولمپین نے کہا کہ اب کھلاڑیوں کو کوئی خطرہ نہیں رہےگا۔\n'
     'انھوں نے کہا, "یہ ضروری نہیں کہ ہر ٹورنمنٹ کھیلا جائے۔',
     [("indirect", "کہا", "اب کھلاڑیوں کو کوئی خطرہ نہیں رہےگا", None),
      ("indirect", "کہا", "یہ ضروری نہیں کہ ہر ٹورنمنٹ کھیلا جائے", None)]),
    # a complaint told passively about a deed, with a comma after it, reports no words
    ("ویڈ کی اس حرکت کی کرکٹ آسٹریلیا سے شکایت کی گئی، کرکٹ آسٹریلیا نے واقع کا نوٹس لیا۔", []),
    # a denied statement of a third party (تاہم انہوں نے … نہیں بتایا) is no quote but ends the one
    # before it ...
    ("پولیس نے کہا کہ ہم انہیں تحفظ فراہم کر رہے ہیں تاہم انہوں نے دھمکیوں کے بارے میں کچھ نہیں بتایا۔",
     [("indirect", "کہا", "ہم انہیں تحفظ فراہم کر رہے ہیں", "پولیس")]),
    # ... while a denial in the source's own voice (میں نے … نہیں کہا) stays inside it
    ("انہوں نے کہا کہ میں نے کسی کو مداری نہیں کہا۔",
     [("indirect", "کہا", "میں نے کسی کو مداری نہیں کہا", None)]),
    # a relative clause between the speaker and نے (X جو … مصروف ہیں نے کہا)
    ("کترینہ کیف جو آج کل اپنی نئی فلم کی پروموشن میں مصروف ہیں نے کہا کہ سلمان خان اچھے انسان ہیں۔",
     [("indirect", "کہا", "سلمان خان اچھے انسان ہیں", "کیف")]),
    # a narrator's conjunction with a named subject of its own (جبکہ پاکستان کرکٹ بورڈ …) ends it only
    # when its clause is sourced or has an agent with نے (the thirty-fifth session: of 9 such clauses in
    # COUNTER, 7 went on with the source's words)
    ("سنجے پٹیل نے کہا کہ ویسٹ انڈین ٹیم کا فیصلہ افسوسناک ہے جبکہ پاکستان کرکٹ بورڈ اس معاملے پر "
     "خاموش ہے۔", [("indirect", "کہا", "ویسٹ انڈین ٹیم کا فیصلہ افسوسناک ہے جبکہ پاکستان کرکٹ بورڈ اس "
                   "معاملے پر خاموش ہے", "سنجے پٹیل")]),
    ("سنجے پٹیل نے کہا کہ ویسٹ انڈین ٹیم کا فیصلہ افسوسناک ہے جبکہ نوائے وقت رپورٹ کے مطابق پاکستان کرکٹ "
     "بورڈ خاموش ہے۔", [("indirect", "کہا", "ویسٹ انڈین ٹیم کا فیصلہ افسوسناک ہے", "سنجے پٹیل"),
                        ("sourced", "کے مطابق", "پاکستان کرکٹ بورڈ خاموش ہے", None)]),
    # wire copy: (content)۔ یہ بات X نے … کہی۔ — the sentence before, after its dateline
    ("کابل ۔ 20ستمبر (اے پی پی) افغانستان کے صدارتی انتخابات کے نتائج کا اعلان اتوار کو کیا جائیگا۔"
     "یہ بات الیکشن کمیشن کے ترجمان نور محمد نور نے ہفتہ کو اخبار نویسوں سے گفتگو کرتے ہوئے کہی۔",
     [("indirect", "کہی", "افغانستان کے صدارتی انتخابات کے نتائج کا اعلان اتوار کو کیا جائیگا",
       "نور محمد نور")]),
    # a cue in the subjunctive (بتایا جائے: let the court be told, typed بتایاجائے) asks for speech:
    # no second quote, and the quote around it goes on to the sentence end
    ("سپریم کورٹ نے سماعت ملتوی کرتے ہوئے کہا ہے کہ عدالت کو بتایاجائے کہ بجلی پر سبسڈی دینے میں "
     "کونسی مشکلات ہیں۔",
     [("indirect", "کہا ہے", "عدالت کو بتایا جائے کہ بجلی پر سبسڈی دینے میں کونسی مشکلات ہیں",
       "سپریم کورٹ")]),
    # verbs of appeal, fear, prayer and declaration introduce speech with کہ ...
    ("صدر ممنون حسین نے وفاقی ٹیکس محتسب پر زور دیا ہے کہ وہ شکایات جلد نمٹائیں۔",
     [("indirect", "زور دیا ہے", "وہ شکایات جلد نمٹائیں", "ممنون حسین")]),
    ("یوکرین نے خدشہ ظاہر کیا ہے کہ امدادی قافلے میں اسلحہ ہو سکتا ہے۔",
     [("indirect", "خدشہ ظاہر کیا ہے", "امدادی قافلے میں اسلحہ ہو سکتا ہے", "یوکرین")]),
    ("سپریم کورٹ نے قرار دیا کہ آئین کی تشریح ضروری ہے۔",
     [("indirect", "قرار دیا", "آئین کی تشریح ضروری ہے", "سپریم کورٹ")]),
    # ... and without کہ they are no cue: the agent goes on to speak in the next clause
    ("اکرم شیخ نے اس خط کو جعلی قرار دیا اور کہا کہ یہ ایک من گھڑت خط ہے۔",
     [("indirect", "کہا", "یہ ایک من گھڑت خط ہے", "اکرم شیخ")]),
    # a surname typed together with نے (وارڈنے), which the space repair splits off: the person
    # speaks, not the dateline's city
    ("لندن ۔ 28 جولائی (اے پی پی) برطانوی رکن پارلیمنٹ ڈیوڈ وارڈنے کہا ہے کہ اسرائیل جنگی جرائم کر رہا "
     "ہے۔", [("indirect", "کہا ہے", "اسرائیل جنگی جرائم کر رہا ہے", "ڈیوڈ وارڈ")]),
    # said with a vector verb (کہہ دیا تھا), hinted (اشارہ دیا تھا کہ)
    ("سنجے پٹیل نے اجلاس سے قبل ہی کہہ دیا تھا کہ دورہ ادھورا چھوڑنے میں کھلاڑیوں کا قصور نہیں۔",
     [("indirect", "کہہ دیا تھا", "دورہ ادھورا چھوڑنے میں کھلاڑیوں کا قصور نہیں", "سنجے پٹیل")]),
    ("شہریار خان نے اشارہ دیا تھا کہ کپتان کو تبدیل کیا جا سکتا ہے۔",
     [("indirect", "اشارہ دیا تھا", "کپتان کو تبدیل کیا جا سکتا ہے", "شہریار خان")]),
    # ... but بتائی جاتی ہے (is reported to be) is no speech
    ("زخمی کی حالت تشویشناک بتائی جاتی ہے۔", []),
    # a generic noun (عدالت) speaks for the organisation named before it
    ("سپریم کورٹ نے سماعت کی۔ عدالت نے کہا کہ حکومت فوری جواب دے۔",
     [("indirect", "کہا", "حکومت فوری جواب دے", "سپریم کورٹ")]),
    # a bare one-word title (وزیر) speaks for the person its longer form named before
    ("وفاقی وزیر اطلاعات پرویز رشید نے اجلاس میں شرکت کی۔ وزیر نے بتایا کہ حکومت مذاکرات کے لیے تیار ہے۔",
     [("indirect", "بتایا", "حکومت مذاکرات کے لیے تیار ہے", "پرویز رشید")]),
    # quotation marks that open the content but end early (a quoted maxim) leave the quote indirect;
    # marks around the whole content make it direct
    ("مفتی منیب الرحمن نے کہا کہ ’’جان کے بدلے جان‘‘ کے قصاص قانون کا نفاذ کر دیا جائے تو مسائل حل ہو "
     "جائیں گے۔", [("indirect", "کہا", "’’جان کے بدلے جان‘‘ کے قصاص قانون کا نفاذ کر دیا جائے تو مسائل حل ہو "
                   "جائیں گے", "منیب الرحمن")]),
    ("وزیراعظم نواز شریف نے کہا کہ ’’ہم دہشت گردی کا خاتمہ کریں گے‘‘۔",
     [("direct", "کہا", "ہم دہشت گردی کا خاتمہ کریں گے", "نواز شریف")]),
    # the narrator's aside (، واضح رہے کہ …) ends the content
    ("انوراگ ٹھاکر نے کہا کہ یہ معاملہ حل نہیں ہو سکا،واضح رہے کہ دونوں بورڈز کے درمیان تنازع ہے۔",
     [("indirect", "کہا", "یہ معاملہ حل نہیں ہو سکا", None)]),
    # کہ misspelt as کے or کی right after the cue's verb (docs/annotation.md) introduces the content,
    # and is not part of it; a cue that needs کہ (درخواست کی ہے) takes it as کہ (blind38 0148)
    ("ریاست کی گورنر انیجل اگورے نے عوام سے درخواست کی ہے کے شہری افراتفری کے ماحول سے پرہیز کریں۔",
     [("indirect", "درخواست کی ہے", "شہری افراتفری کے ماحول سے پرہیز کریں", "انیجل اگورے")]),
    ("بچی کے دادا امراد خان نے صحافیوں کو بتایا کی اس کی بہو نے سخت مشکلات کا سامنا کیا۔",
     [("indirect", "بتایا", "اس کی بہو نے سخت مشکلات کا سامنا کیا", "امراد خان")]),
    # a first-person appeal (اپیل کرتا ہوں کہ) inside a speaker's words is his quote (blind41 0594p)
    ("عمران خان نے کہا کہ پولیس کارکنوں کو پکڑتی ہے۔ عدلیہ سے اپیل کرتا ہوں کہ وہ کنٹینرز ہٹوائے۔",
     [("indirect", "کہا", "پولیس کارکنوں کو پکڑتی ہے", "عمران خان"),
      ("indirect", "اپیل کرتا ہوں", "وہ کنٹینرز ہٹوائے", "عمران خان")]),
    # a relative clause between Latin commas, as Indian Urdu copy types them, is passed over as one
    # between Urdu commas is: the speaker is the name before it
    ("اداکار شاہد کپور, جو ان دنوں فلم کی شوٹنگ میں مشغول ہیں, کا کہنا ہے کہ فلم اچھی ہے۔",
     [("indirect", "کہنا ہے", "فلم اچھی ہے", "شاہد کپور")]),
    ("وزیراعظم نواز شریف, جنہوں نے لاہور میں قیام کیا, نے کہا کہ ملک ترقی کرے گا۔",
     [("indirect", "کہا", "ملک ترقی کرے گا", "نواز شریف")]),
]


def test_pronoun_speaker_after_a_common_noun_speaker(news) -> None:  # type: ignore[no-untyped-def]
    """انہوں نے کہا after a speaker named only by a common noun phrase is that phrase (no person
    spoke between), not an earlier person."""
    doc = news(Document("چینی سفارتخانہ کے ایک سینئر عہدیدار نے کہا ہے کہ 13 معاہدے توانائی سے متعلق ہیں۔ "
                        "صحافیوں کو بریفنگ دیتے ہوئے انہوں نے کہا کہ ان معاہدوں کا مقصد پاکستان کی ترقی ہے۔"))
    got = [(doc.span_text(q.content), q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None)
           for q in doc.quotes]
    assert got == [("13 معاہدے توانائی سے متعلق ہیں", None, "سینئر عہدیدار"),
                   ("ان معاہدوں کا مقصد پاکستان کی ترقی ہے", None, "سینئر عہدیدار")]


def test_a_quote_without_speaker_changes_no_pronoun_reference(news) -> None:  # type: ignore[no-untyped-def]
    """A passive quote (کہا گیا) between a common-noun speaker and انہوں نے کہا leaves the pronoun
    with that speaker."""
    doc = news(Document("چینی سفارتخانہ کے ایک سینئر عہدیدار نے کہا ہے کہ 13 معاہدے توانائی سے متعلق ہیں۔ "
                        "رپورٹ میں کہا گیا کہ منصوبے جاری ہیں۔ "
                        "انہوں نے کہا کہ ان معاہدوں کا مقصد پاکستان کی ترقی ہے۔"))
    got = [(doc.span_text(q.content), q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None)
           for q in doc.quotes]
    assert got == [("13 معاہدے توانائی سے متعلق ہیں", None, "سینئر عہدیدار"),
                   ("منصوبے جاری ہیں", None, None),
                   ("ان معاہدوں کا مقصد پاکستان کی ترقی ہے", None, "سینئر عہدیدار")]


def test_a_person_named_only_as_a_genitive_owner_is_no_pronoun_speaker(news) -> None:  # type: ignore[no-untyped-def]
    """A person never an agent, last named as the owner of something else (لی کی چیانگ کی موجودگی
    میں: in Li Keqiang's presence), is not whom انہوں نے کہا takes up (COUNTER 0168: the Chinese
    official goes on speaking) — but a source (منصور ترکی کے مطابق) or a compound postposition (حسن
    روحانی کے لیے) leaves the person the antecedent."""
    doc = news(Document("چینی سفارتخانہ کے ایک سینئر عہدیدار نے کہا ہے کہ وزیراعظم نواز شریف اور "
                        "چینی وزیراعظم لی کی چیانگ کی موجودگی میں 19 معاہدوں پر دستخط کئے گئے۔ انہوں نے "
                        "یقین دلایا کہ ان معاہدوں پر عمل درآمد کیا جائے گا۔"))
    got = [(q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None) for q in doc.quotes]
    assert got == [(None, "سینئر عہدیدار"), (None, "سینئر عہدیدار")]
    assurance = next(e for e in doc.events if e.code == "030")
    assert assurance.actor1 is None  # (not لی, the event's rule as the quote's)
    doc = news(Document("ترجمان میجر جنرل منصور ترکی کے مطابق ان افراد کو گرفتار کیا گیا۔ انہوں نے کہا کہ "
                        "تحقیقات جاری ہیں۔"))
    assert _speaker_names(doc)[-1] == "منصور"
    doc = news(Document("یہ معاہدہ صدر حسن روحانی کے لیے اہم ہے۔ انھوں نے وعدہ کیا تھا کہ وہ پابندیاں "
                        "اٹھوائیں گے۔"))
    assert _speaker_names(doc) == ["حسن روحانی"]


def test_a_pronoun_subject_without_ergative_refers_as_a_pronoun_agent_does(news) -> None:  # type: ignore[no-untyped-def]
    """وہ کہتے ہیں کہ (a pronoun subject, present tense, no نے) after a speaker's words that name
    another person acting is the speaker going on, as انہوں نے کہا is (COUNTER 0105: the lawyer,
    not Snowden, of whom she spoke)."""
    doc = news(Document("سرتاج عزیز نے کہا کہ نواز شریف نے اب تک دورے کا فیصلہ نہیں کیا ہے۔ وہ کہتے ہیں کہ "
                        "بھارت سے مذاکرات جلد ہوں گے۔"))
    assert _speaker_names(doc) == ["سرتاج عزیز", "سرتاج عزیز"]


def test_the_head_of_a_body_by_another_title_is_the_person_named_its_head(news) -> None:  # type: ignore[no-untyped-def]
    """تحریک انصاف کے سربراہ نے after پاکستان تحریک انصاف کے چیرمین عمران خان: the head of the same
    body by another of its titles (uner_blind1) is that person; the head of another body is not."""
    doc = news(Document("پاکستان تحریک انصاف کے چیرمین عمران خان نے کہا ہے کہ تبدیلی آئے گی۔ تحریک انصاف کے "
                        "سربراہ نے کہا کہ جماعتیں تبدیلی کو روک رہی ہیں۔"))
    assert _speaker_names(doc) == ["عمران خان", "عمران خان"]
    doc = news(Document("پاکستان تحریک انصاف کے چیرمین عمران خان نے کہا ہے کہ تبدیلی آئے گی۔ جماعت اسلامی کے "
                        "سربراہ نے کہا کہ جماعتیں تبدیلی کو روک رہی ہیں۔"))
    assert _speaker_names(doc) == ["عمران خان", None]


def test_a_person_named_in_a_pronoun_agents_sentence_is_not_the_next_pronoun_speaker(news) -> None:  # type: ignore[no-untyped-def]
    """With no person agent before it, انہوں نے کہا does not take up a person named after a pronoun
    agent in that agent's own sentence — a rival, someone the act was done to, someone inside the
    words (UDTB: the passage's speaker is outside it, and the gold speaker is null); a list before سمیت
    (including) names its group's first member as the agent, whom a later pronoun takes up (COUNTER
    0319p). A pronoun object (انہیں) still takes up the person the sentence named."""
    doc = news(Document("انھوں نے اپنے قریبی حریف این سی پی امیدوار کنتی پریہار کو شکست دی، جبکہ "
                        "کانگریس کے چمو سنگھ گسیمال تیسرے نمبر پر رہے۔ وہ سکھوں کے قائدین سے کل ملاقات کے "
                        "بعد پریس کانفرنس سے خطاب کر رہے تھے۔ انہوں نے کہا کہ موجودہ صورتحال پر مرکزی اور "
                        "ریاستی حکومتوں کی توجہ مبذول کی جائےگی۔"))
    assert _speaker_names(doc) == [None]
    doc = news(Document("انہوں نے کہا کہ انسداد رقمی ہیر پھیر قانون کو یو پی اے حکومت کی جانب سے عمل مےں "
                        "لایا گیا, جس کے نتیجہ مےں سابق چیف منسٹر جھارکھنڈ مدھو کوڈا کو جیل بھیج دیا گیا۔ "
                        "انہوں نے کہا کہ کسی کو بخشا نہیں گیا۔"))
    assert _speaker_names(doc) == [None, None]
    doc = news(Document("حنا جیلانی ،شازیہ شاہین ،عنبرین فاطمہ ،فرزانہ ممتاز سمیت دیگر سماجی ورکرز نے "
                        "روزنامہ دنیا سے خصوصی بات چیت کرتے ہوئے کہا کہ کمزور قوانین جرائم میں اضافے کی "
                        "بڑی وجہ ہیں۔ انہوں نے کہا کہ حکومت قانون سازی کرے۔"))
    assert _speaker_names(doc) == ["حنا جیلانی", "حنا جیلانی"]
    doc = news(Document("انہوں نے سابق چیف منسٹر مدھو کوڈا کو جیل بھیجنے کا مطالبہ کیا۔ پولیس نے انہیں "
                        "گرفتار کر لیا۔"))
    arrest = next(e for e in doc.events if e.code == "173")
    assert arrest.actor2 is not None
    assert doc.span_text(doc.entities[arrest.actor2].span) == "مدھو کوڈا"


def test_an_agent_inside_a_closed_complement_clause_is_not_the_next_cues_speaker(news) -> None:  # type: ignore[no-untyped-def]
    """X نے اس دعوے کو کہ Y نے …، مسترد کر دیا اور کہا کہ …: Y acts inside a کہ clause that a comma
    closed before the main verb; the cue joined to that verb by اور is X's (UDTB udtb:31: Murli Manohar
    Joshi, not the 11 members of parliament). A cue inside the کہ clause keeps its own agent."""
    doc = news(Document("عمران خان نے اس دعوے کو کہ حکومت نے انتخابات جیت لیے ہیں، مسترد کر دیا اور کہا "
                        "کہ دھاندلی ہوئی ہے۔"))
    assert _speaker_names(doc) == ["عمران خان"]
    doc = news(Document("مرلی منوہر جوشی نے کل رپورٹ اسپیکر لوک سبھا کو روانہ کر دی تھی۔ انھوں نے ذرائع "
                        "ابلاغ سے خطاب کرتے ہوئے اس دعویٰ کو کہ 21 رکنی کمیٹی کے 11 ارکان پارلیمنٹ نے رپورٹ "
                        "مسترد کر دی ہے، غیردستوری قرار دیا تھا اور کہا تھا کہ ایسا کوئی امکان نہیں ہے۔"))
    assert _speaker_names(doc) == ["مرلی منوہر جوشی"]
    doc = news(Document("وزیر داخلہ چوہدری نثار نے بتایا کہ کمیٹی کے ارکان نے کہا کہ رپورٹ مکمل ہے۔"))
    assert [(doc.span_text(q.speaker_span) if q.speaker_span else None) for q in doc.quotes][-1] == "ارکان"


def test_a_person_named_as_the_source_is_the_next_pronoun_speakers_antecedent(news) -> None:  # type: ignore[no-untyped-def]
    """X کے مطابق …۔ انھوں نے بتایا کہ …: the person named as the source of the report speaks, and the
    pronoun speaker after it is that person, not an earlier agent (uner_blind2: Colonel Warren, not
    Faiz of the story before; COUNTER 0348: the acting captain George Bailey, not Clarke)."""
    doc = news(Document("فیض نے کہا میں نے اپنی انگلی کا ناپ دیا۔ کرنل وارن کے مطابق شدت پسند شرف المودن "
                        "24 دسمبر کو کیے گئے فضائی حملے میں ہلاک ہوا ہے۔ انھوں نے بتایا کہ ایک اور شدت پسند "
                        "عبدالقدیر حکیم بھی دو روز قبل عراق کے شہر موصل میں مارا گیا ہے۔"))
    assert _speaker_names(doc)[-1] == "وارن"
    doc = news(Document("آسٹریلوی ٹیم کے قائد مائیکل کلارک کی فٹنس مسائل کے باعث سیریز میں شرکت غیر یقینی "
                        "ہو گئی ہے۔ آسٹریلوی ٹیم کے قائم مقام کپتان جارج بیلی کے مطابق کلارک ابھی تک مکمل "
                        "طور پر فٹ نہیں ہوئے۔ انہوں نے کہا کہ جنوبی افریقہ متوازن ٹیم ہے۔"))
    assert _speaker_names(doc)[-1] == "جارج بیلی"


def test_say_after_an_infinitives_genitive_asks_for_an_act_and_quotes_nothing(news) -> None:  # type: ignore[no-untyped-def]
    """… نے اجتماعی طور پر آنے کا کہا لیکن …: کہا after an infinitive's genitive asks for the act the
    infinitive names (to come); the words after it are not its content, and the quote around it goes
    on (uner_blind1: the speaker's, Ayaz Sadiq's; COUNTER 0220p: the passive کا کہا گیا likewise)."""
    said = ("استعفوں کا مسئلہ شروع ہونے پر شاہ محمود قریشی نے اجتماعی طور پر آنے کا کہا لیکن انہیں "
            "بتادیا تھا کہ استعفے انفرادی طورپر تصدیق کے بعد ہی منظور ہوں گے")
    doc = news(Document(f"ایاز صادق نے کہا کہ اراکین آئے۔ انہوں نے کہا {said}۔"))
    assert [(doc.span_text(q.cue), doc.span_text(q.content)) for q in doc.quotes] == [
        ("کہا", "اراکین آئے"), ("کہا", said.replace("طورپر", "طور پر"))]  # (the space repair splits it)
    assert _speaker_names(doc) == ["ایاز صادق", "ایاز صادق"]
    doc = news(Document("قطر کی خواتین کو حجاب اتارنے کا کہا گیا جس پر انہوں نے حجاب اتارنے سے انکار "
                        "کر دیا۔"))
    assert doc.quotes == []


def test_a_bare_title_speaker_is_the_office_holder_the_article_names(news) -> None:  # type: ignore[no-untyped-def]
    """چیف جسٹس نے کہا in a report of 18 September 2014 that names ناصر الملک is his statement: he was
    Pakistan's Chief Justice then (kb_office_holders.tsv; COUNTER 0237p). Without the date he is too,
    the one chief justice of the list the text names; with two named the title speaks as itself."""
    text = ("چیف جسٹس نے کہا کہ ادویات کی قیمتیں کیوں بڑھیں۔ جسٹس ناصر الملک کی سربراہی میں بنچ نے سماعت "
            "کی۔")
    assert _speaker_names(news(Document(text, meta={"published": "2014-09-18"}))) == ["ناصر الملک"]
    assert _speaker_names(news(Document(text))) == ["ناصر الملک"]
    two = text + " جسٹس جواد ایس خواجہ بھی بنچ میں شامل تھے۔"
    assert _speaker_names(news(Document(two))) == ["چیف جسٹس"]


@pytest.mark.parametrize(("text", "expected"), [
    # COUNTER 0460p: a two-word title typed joined (مشیرخارجہ) is the title, so the holder the article
    # names speaks; the recognizer alone read it as a person of that name
    ("خارجہ امور کے مشیر سرتاج عزیز نے کہا کہ ثبوت دیئے جائیں۔ بیانات کے حوالے سے مشیرخارجہ نے کہا کہ "
     "افغانستان ثبوت دے۔", ["سرتاج عزیز", "سرتاج عزیز"]),
    ("وفاقی وزیر اطلاعات پرویز رشید نے کہا کہ دھرنا ختم ہو گا۔ وزیراطلاعات نے کہا کہ مذاکرات جاری ہیں۔",
     ["پرویز رشید", "پرویز رشید"]),
])
def test_a_title_typed_joined_is_the_office_holder_the_article_names(news, text: str,  # type: ignore[no-untyped-def]
                                                                     expected: list[str]) -> None:
    assert _speaker_names(news(Document(text, meta={"published": "2014-11-05"}))) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # COUNTER 0597p: a title that opens a speaker phrase with its remit after it (مشیر پانی و بجلی) is the
    # office the linker gave to the person named with it before
    ("اجلاس میں وزیراعظم کے مشیر برائے توانائی مصدق ملک نے بھی شرکت کی۔ مشیر پانی و بجلی نے اپنی رپورٹ "
     "میں کہا ہے کہ میٹر ریڈرز نے ریڈنگ نہیں لی۔", ["مصدق ملک"]),
    # ... but a title no person holds in the text names no one, and words after the title that are no
    # remit (a verb's phrase) leave the speaker to the other rules
    ("مشیر پانی و بجلی نے اپنی رپورٹ میں کہا ہے کہ میٹر ریڈرز نے ریڈنگ نہیں لی۔", [None]),
])
def test_a_title_with_its_remit_is_the_person_the_linker_gave_it_to(news, text: str,  # type: ignore[no-untyped-def]
                                                                    expected: list[str | None]) -> None:
    assert _speaker_names(news(Document(text, meta={"published": "2014-09-12"}))) == expected


def test_the_chief_justice_of_pakistan_in_full_is_a_title_not_a_person_named_of(news) -> None:  # type: ignore[no-untyped-def]
    """COUNTER 0594p: چیف جسٹس آف پاکستان is the title in full (kb_titles.tsv); the recognizer had read
    آف alone as a person, who then spoke the first-person words addressed to the chief justice."""
    doc = news(Document("عمران خان نے کہا کہ وہ عدالتی حکم نہیں مان رہی۔ میں چیف جسٹس آف پاکستان کو بتانا "
                        "چاہتا ہوں کہ ملک کو انارکی سے بچایا جائے۔", meta={"published": "2014-09-17"}))
    assert [(doc.span_text(e.span), e.label) for e in doc.entities] == [
        ("عمران خان", "PERSON"), ("چیف جسٹس آف پاکستان", "TITLE")]
    assert _speaker_names(doc) == ["عمران خان", "عمران خان"]


@pytest.mark.parametrize(("text", "expected"), [
    # a cue in the present inside the sentence's speaker's words has its pronoun subject there: with no
    # person to refer to (a state), that speaker (blind45 0220p); ہم, the speaker too; a person the
    # pronoun refers to otherwise (COUNTER 0447)
    ("قطر نے کہا کہ وہ سپورٹس فیڈریشن کو پیغام دینا چاہتے ہیں کہ کھلاڑیوں کو حجاب اتارنے کا کہنا ناروا "
     "سلوک ہے۔", ["قطر", "قطر"]),
    ("قطر کے سلیم المانا نے کہا کہ ہم انٹرنیشنل ایسوسی ایشن کو پیغام دینا چاہتے ہیں کہ یہاں تمام مسلمان "
     "ٹیمیں حصہ لے سکتی ہیں۔", ["سلیم المانا", "سلیم المانا"]),
    ("وزیراعلی عبدالمالک نے کہا کہ گورنر کی تقرری سے ان کا تعلق نہیں۔ ان کا کہنا تھا کہ وہ ذمہ داری سے "
     "کہتے ہیں کہ انھوں نے یہ تقرری خود کی ہے۔", ["عبدالمالک", "عبدالمالک", "عبدالمالک"]),
    # ... but a first-person cue (یقین دلاتا ہوں) is the words' own speaker, not a name inside them
    # (COUNTER 0570p)
    ("وزیراعظم نواز شریف نے کہا کہ میں چودھری نثار علی خان کے بیان پر اعتزاز احسن سے معذرت کرتا ہوں اور یقین "
     "دلاتا ہوں کہ تمام معاملات مل جل کر حل کریں گے۔", ["نواز شریف", "نواز شریف"]),
])
def test_a_cue_inside_a_speakers_words_takes_its_subject_there(news, text: str,  # type: ignore[no-untyped-def]
                                                              expected: list[str | None]) -> None:
    assert _speaker_names(news(Document(text, meta={"published": "2014-09-12"}))) == expected


@pytest.fixture(scope="module")
def news():  # type: ignore[no-untyped-def]
    return load("news")


def _speaker_names(doc: Document) -> list[str | None]:
    """The words of each quote's speaker entity (None for a quote without one), in order."""
    return [doc.span_text(doc.entities[q.speaker].span) if q.speaker is not None else None
            for q in doc.quotes]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quote_rule(news, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:  # type: ignore[no-untyped-def]
    doc = news(Document(text))
    got = [(q.kind, doc.span_text(q.cue), doc.span_text(q.content),
            doc.span_text(doc.entities[q.speaker].span) if q.speaker is not None else None)
           for q in doc.quotes]
    assert got == expected


def test_a_stance_told_as_a_noun_is_its_holders_quote(news) -> None:  # type: ignore[no-untyped-def]
    """X کا موقف ہے کہ, X کا اصرار تھا کہ, X کا Y سے مطالبہ ہے کہ: the genitive's phrase speaks (past an
    addressee's own genitive: چین کی حکومت سے), only with کہ; ہمارا … مطالبہ ہے کہ inside a speaker's
    words has no genitive of a holder and is that speaker's going on (blind17 0562)."""
    doc = news(Document(
        "حامد کرزئی کا موقف تھا کہ امریکہ افغانستان میں نیک نیتی سے کام نہیں کر رہا۔ انہوں نے کہا کہ اب "
        "ہمارا بس یہ ہی مطالبہ ہے کہ امریکی فوج واپس جائے۔ مظاہرین کا چین کی حکومت سے مطالبہ ہے کہ شہریوں "
        "کو سربراہ چننے کا حق دیا جائے۔ ڈیرن سامی کا اصرار تھا کہ دونوں ممالک کے درمیان سیریز ہونی چاہیے۔"))

    def words(q):  # type: ignore[no-untyped-def]
        return doc.span_text(doc.entities[q.speaker].span if q.speaker is not None else q.speaker_span)

    assert [(doc.span_text(q.cue), doc.span_text(q.content), words(q)) for q in doc.quotes] == [
        ("موقف تھا", "امریکہ افغانستان میں نیک نیتی سے کام نہیں کر رہا", "حامد کرزئی"),
        ("کہا", "اب ہمارا بس یہ ہی مطالبہ ہے کہ امریکی فوج واپس جائے", "حامد کرزئی"),
        ("مطالبہ ہے", "شہریوں کو سربراہ چننے کا حق دیا جائے", "مظاہرین"),
        ("اصرار تھا", "دونوں ممالک کے درمیان سیریز ہونی چاہیے", "ڈیرن سامی")]


def test_a_subject_owned_by_a_genitive_is_the_person_it_names(news) -> None:  # type: ignore[no-untyped-def]
    """With no نے, the subject X کے … TITLE NAME is the person named, not the owner that opens the
    phrase (uner_blind2 35 and 39; COUNTER 0526p: the adviser, not the prime minister whose he is)."""
    doc = news(Document("عرب امور کے لیے بی بی سی کے ایڈیٹر سیبسٹیئن کہتے ہیں کہ یہ حملے خلیج میں ہوئے۔ "
                        "برطانیہ کے کینسر ریسرچ کے پروفیسر کیورلین ڈائیو کا کہا ہے کہ بیماری عام ہے۔"))
    assert _speaker_names(doc) == ["سیبسٹیئن", "کیورلین ڈائیو"]


def test_a_stance_noun_after_a_determiner_is_still_its_holders_quote(news) -> None:  # type: ignore[no-untyped-def]
    """بی جے پی کا یہ مطالبہ ہے کہ: a determiner between the genitive and the noun leaves the holder
    the speaker — alone, and inside another speaker's report, which holds it (UDTB train 34)."""
    doc = news(Document("بی جے پی کا یہ مطالبہ ہے کہ وزیر استعفی دیں۔ شیلا دیکشت نے کہا کہ تحریک انصاف کا یہ "
                        "موقف ہے کہ تحقیقات ہوں۔"))
    assert [(doc.span_text(q.cue), doc.span_text(q.content)) for q in doc.quotes] == [
        ("مطالبہ ہے", "وزیر استعفی دیں"), ("کہا", "تحریک انصاف کا یہ موقف ہے کہ تحقیقات ہوں"),
        ("موقف ہے", "تحقیقات ہوں")]
    assert _speaker_names(doc) == ["بی جے پی", "شیلا دیکشت", "تحریک انصاف"]


def test_a_plural_description_is_the_group_not_the_first_person_it_stood_before(news) -> None:  # type: ignore[no-untyped-def]
    """دہشت گردوں اسرار الرحمان اور اظہار اللہ نے …: a description in the oblique plural stood before two
    names; دہشت گردوں نے انکشاف کیا later is the group speaking, not the first of them (blind38 0525)."""
    doc = news(Document("دہشت گردوں اسرار الرحمان اور اظہار اللہ نے اسکول کی گاڑی روکی۔ تفتیش کے دوران دہشت "
                        "گردوں نے انکشاف کیا کہ منصوبہ ملا فضل اللہ نے بنایا تھا۔"))
    assert [(doc.span_text(q.cue), q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None)
            for q in doc.quotes] == [("انکشاف کیا", None, "دہشت گردوں")]


def test_a_dateline_never_speaks(news) -> None:  # type: ignore[no-untyped-def]
    """اسلام آباد (اے پی پی) …: the place and agency a report was filed from are no speaker; the real
    one, typed run together with its نے (صدورنے), is found once the space repair splits it off."""
    doc = news(Document("اسلام آباد (اے پی پی) وکلا تنظیموں کے صدورنے کہا ہے کہ انتخابات شفاف تھے۔"))
    got = [(doc.span_text(q.cue), q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None)
           for q in doc.quotes]
    assert got == [("کہا ہے", None, "صدور")]


def test_a_generic_noun_speaks_for_the_agent_it_names_again(news) -> None:  # type: ignore[no-untyped-def]
    """کمیٹی نے کہا after a committee named in full as an earlier agent (a name the recognizer does not
    tag) speaks with that agent's words."""
    doc = news(Document("چین کے نیشنل پیپلز کانگرس کی سٹینڈنگ کمیٹی نے براہ راست انتخابات کی اجازت دینے سے "
                        "انکار کر دیا۔ کمیٹی نے کہا ہے کہ نامزد امیدوار ہی انتخابات میں حصہ لیں گے۔"))
    got = [(doc.span_text(q.content), q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None)
           for q in doc.quotes]
    assert got == [("نامزد امیدوار ہی انتخابات میں حصہ لیں گے", None, "سٹینڈنگ کمیٹی")]


def test_the_agency_speaks_for_the_organisation_named_before(news) -> None:  # type: ignore[no-untyped-def]
    """ادارے کا کہنا ہے (the agency says) after اقوام متحدہ کے بچوں کے ادارے یونیسیف: UNICEF
    (generic_refs.tsv ادارہ, any organisation; uner_blind2)."""
    doc = news(Document("اقوامِ متحدہ کے بچوں کے ادارے یونیسیف کے مطابق پاکستان میں پولیو کے ریکارڈ مریض "
                        "سامنے آئے ہیں۔ ادارے کا کہنا ہے کہ نائجیریا میں چھ بچوں میں پولیو کی تشخیص ہوئی۔",
                        meta={"published": "2014-12-01"}))
    got = [(doc.span_text(q.cue), None if q.speaker is None else doc.span_text(doc.entities[q.speaker].span))
           for q in doc.quotes]
    assert got == [("کے مطابق", "یونیسیف"), ("کہنا ہے", "یونیسیف")]


def test_the_company_speaks_for_the_organisation_named_before(news) -> None:  # type: ignore[no-untyped-def]
    """کمپنی نے کہا (the company said) after پی آئی اے: the airline (generic_refs.tsv کمپنی, any
    organisation, as ادارہ; COUNTER 0197, 0125)."""
    doc = news(Document("پی آئی اے کا طیارہ فنی خرابی کے باعث کراچی میں اتار لیا گیا۔ کمپنی نے کہا ہے کہ "
                        "تمام مسافر محفوظ ہیں۔"))
    got = [(doc.span_text(q.cue), None if q.speaker is None else doc.span_text(doc.entities[q.speaker].span))
           for q in doc.quotes]
    assert got == [("کہا ہے", "پی آئی اے")]


def test_a_pronoun_with_no_person_before_it_is_the_last_agent_named_in_words(news) -> None:  # type: ignore[no-untyped-def]
    """انکا کہنا تھا with no person entity before it (the recognizer missed سارہ ترین) speaks with the
    words of the last agent of نے."""
    doc = news(Document("لالی ووڈ فلم تمنا کی پروڈیوسر سارہ ترین نے دوسری فلم بنانے کا فیصلہ کر لیا۔ "
                        "انکا کہنا تھا کہ تمنا بنانا ان کا پہلا تجربہ تھا۔"))
    got = [(doc.span_text(q.content), q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None)
           for q in doc.quotes]
    assert got == [("تمنا بنانا ان کا پہلا تجربہ تھا", None, "پروڈیوسر سارہ ترین")]


def test_a_person_quoted_as_acting_does_not_take_over_the_pronoun(news) -> None:  # type: ignore[no-untyped-def]
    """انہوں نے کہا after a quote that reports another person's act (شاہ عبداللہ نے … ہدایت کی ہے,
    inside صالح الشیخ's words) is still the speaker, in every later sentence."""
    doc = news(Document("سعودی وزیر صالح الشیخ نے کہا کہ شاہ عبداللہ نے ہمیں حج کے انتظامات کرنے کی "
                        "ہدایت کی ہے۔ "
                        "انہوں نے کہا کہ شاہ کے اس عمل سے مسلمانوں کی حمایت ظاہر ہوتی ہے۔ "
                        "انہوں نے کہا کہ ہر سال مہمانوں کا انتخاب کیا جاتا ہے۔"))
    assert _speaker_names(doc) == ["صالح الشیخ", "صالح الشیخ", "صالح الشیخ"]


@pytest.mark.parametrize(("text", "expected"), [
    # the speaker's words go on uncued in the first person (میں, ہم) and name another person acting
    # (COUNTER 0538p): انہوں نے کہا is still the father, not Malala
    ("ملالہ یوسفزئی کے والد ضیاء الدین یوسفزئی نے کہا کہ ہم وہ لوگ نہیں جنہیں استعمال کیا جا سکے۔ میں عدم "
     "تشدد کا قائل ہوں لیکن تنقید کرنے والوں کا بھی خیرخواہ ہوں۔ ہم وہ لوگ نہیں جنہیں استعمال کیا جاسکے۔ "
     "ملالہ نے تو سوات کے سکول کی بچیوں کو خواب دیکھنا سکھایا ہے۔ انہوں نے کہا کہ مجھے مسلمان ہونے کیلئے "
     "کسی سرٹیفکیٹ کی ضرورت نہیں۔", ["ضیاء الدین یوسفزئی", "ضیاء الدین یوسفزئی"]),
    # (COUNTER 0597p) the minister's words name the prime minister ordering an audit
    ("وزیر مملکت عابد شیر علی کا کہنا تھا کہ حکومت اپنی ذمہ داریوں سے غافل نہیں۔ عوامی مسائل ہمارے نہیں "
     "بلکہ گزشتہ حکومت کے پیدا کردہ ہیں۔ وزیراعظم نواز شریف نے بجلی کے اضافی بلوں کے آڈٹ کا حکم دیا ہے۔ "
     "انہوں نے کہا کہ اضافی بل محکمے کی ملی بھگت کے بغیر ممکن نہیں۔", ["عابد شیر علی", "عابد شیر علی"]),
    # no first-person word between: the report's own sentence, whose agent the pronoun takes up
    ("وزیر مملکت عابد شیر علی کا کہنا تھا کہ حکومت اپنی ذمہ داریوں سے غافل نہیں۔ وزیراعظم نواز شریف نے "
     "بجلی کے اضافی بلوں کے آڈٹ کا حکم دیا ہے۔ انہوں نے کہا کہ اضافی بل محکمے کی ملی بھگت کے بغیر ممکن "
     "نہیں۔", ["عابد شیر علی", "نواز شریف"]),
])
def test_a_person_named_in_the_speakers_uncued_first_person_words_does_not_take_over(
        news, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _speaker_names(news(Document(text))) == expected


def test_a_party_quoted_on_others_acts_goes_on_speaking_as_they(news) -> None:  # type: ignore[no-untyped-def]
    """A party speaks on as انہوں نے too: after تحریک انصاف's accusation that named two judges, انھوں
    نے یہ بھی الزام عائد کیا is the party again, not the last judge named in its words (UNER 58)."""
    doc = news(Document("پاکستان تحریک انصاف نے یہ بھی الزام عائد کیا تھا کہ سابق چیف جسٹس افتخار محمد "
                        "چوہدری اور سپریم کورٹ کے جج خلیل الرحمٰن رمدے نے منظم دھاندلی کروائی۔ "
                        "انھوں نے یہ بھی الزام عائد کیا تھا کہ نگراں وزیر اعلیٰ پنجاب نجم سیٹھی نے "
                        "35 پنکچر لگائے۔"))
    assert _speaker_names(doc) == ["پاکستان تحریک انصاف", "پاکستان تحریک انصاف"]


def test_an_actor_noun_before_a_present_cue_speaks_but_is_no_antecedent(news) -> None:  # type: ignore[no-untyped-def]
    """فوج کہتی ہے کہ: the army says — its subject speaks; a later انہوں نے کہا takes up the person who
    spoke with نے, not the subject of a present-tense cue."""
    doc = news(Document("ڈی جی آئی ایس پی آر میجر جنرل عاصم سلیم باجوہ نے کہا کہ فوج جمہوریت کی حامی ہے۔ "
                        "ملک میں کچھ ہوتا ہے تو فوج کو بھی تشویش ہوتی ہے، فوج کہتی ہے کہ سیاسی مسائل کو "
                        "سیاسی طور پر طے کیا جائے۔ انہوں نے کہا کہ کسی کی رائے الگ ہو سکتی ہے۔"))
    ents = doc.entities
    got = [(doc.span_text(q.cue), doc.span_text(ents[q.speaker].span) if q.speaker is not None else None,
            doc.span_text(q.speaker_span) if q.speaker_span else None) for q in doc.quotes]
    assert got == [("کہا", "عاصم سلیم باجوہ", "عاصم سلیم باجوہ"), ("کہتی ہے", None, "فوج"),
                   ("کہا", "عاصم سلیم باجوہ", "انہوں")]


def test_a_name_in_quotation_marks_is_the_agent(news) -> None:  # type: ignore[no-untyped-def]
    """ایجنسی ’کانگریسنل ریسرچ سروس‘ نے بتایا: the marks around the name do not hide the agent."""
    doc = news(Document("امریکی کانگریس کیلئے رپورٹس تیار کرنے والی ایجنسی ’کانگریسنل ریسرچ سروس‘ نے بتایا "
                        "کہ اسلحہ پاکستان کے حوالے کیا گیا۔"))
    (q,) = doc.quotes
    assert q.speaker is not None
    assert doc.span_text(q.speaker_span).startswith("کانگریسنل ریسرچ سروس")


def test_an_official_named_in_words_may_say_me(news) -> None:  # type: ignore[no-untyped-def]
    """Words with مجھے pass over an organisation's generic noun (کمیٹی), not an official (عہدیدار),
    who is one person though a government actor."""
    doc = news(Document("چینی سفارتخانہ کے ایک سینئر عہدیدار نے کہا کہ تعاون جاری رہے گا۔ انہوں نے کہا کہ "
                        "مجھے امید ہے کہ تعلقات بہتر ہوں گے۔"))
    assert [doc.span_text(q.speaker_span) for q in doc.quotes] == ["سینئر عہدیدار", "سینئر عہدیدار"]


def test_a_cue_noun_after_a_genitive_and_a_comma_reports_no_speech(news) -> None:  # type: ignore[no-untyped-def]
    """سرجری کا مشورہ دیا گیا، وہ …: the advice is the genitive's (blind14, blind19: advice without کہ
    is no quote); the comma goes on to another clause. With کہ the cue still opens a quote."""
    for text in ("وہ معائنے کیلیے آسٹریلیا گئے جہاں انھیں فوری طور پر سرجری کا مشورہ دیا گیا، وہ اب 16 ہفتوں "
                 "تک کھیل سے دور رہیں گے۔",
                 "بورڈ نے ون ڈے سیریز کیلیے اسکواڈ کا اعلان کر دیا، اسپنر اکشر پٹیل کو طلب کر لیا گیا۔",
                 # a claim (قرار دیا) is a quote only with کہ or a colon
                 "شاندار 165 رنز بنانے پر جے وردھنے کو مین آف دی میچ قرار دیا گیا، ڈیل سٹین مین آف دی سیریز "
                 "قرار پائے۔"):
        assert news(Document(text)).quotes == [], text
    doc = news(Document("وزیراعظم نے اس بات کا اعلان کیا کہ متاثرین کو معاوضہ دیا جائے گا۔"))
    assert [doc.span_text(q.content) for q in doc.quotes] == ["متاثرین کو معاوضہ دیا جائے گا"]


def test_an_opinion_cue_reaches_its_genitive_across_an_adverbial_and_a_relative_clause(news) -> None:  # type: ignore[no-untyped-def]
    """X کا اس حوالہ سے کہنا ہے: the genitive before an adverbial phrase is the speaker's; X جن کی … ہیں،
    کا … کہنا ہے: the phrase before the relative clause set off by commas is."""
    doc = news(Document("پولیس حکام کا اس حوالہ سے کہنا ہے کہ موت کی تحقیقات جاری ہیں۔"))
    assert [doc.span_text(q.speaker_span) for q in doc.quotes] == ["پولیس حکام"]
    doc = news(Document("بالی ووڈ اداکار شاہد کپور نے کہا ہے کہ وہ والد کی فلم دیکھنے کیلئے منتظر ہیں۔ "
                        "ذرائع ابلاغ کے مطابق اداکار شاہد کپور جن کی فلم ’’حیدر‘‘ جلد ہی ریلیز ہونے والی ہے "
                        "اور وہ آجکل فلم کی تشہیری مہم میں مشغول ہیں، کا تازہ انٹرویو میں کہنا ہے کہ وہ "
                        "فلم دیکھنے کیلئے منتظر ہیں۔"))
    first, second = (q.speaker for q in doc.quotes)
    assert first is not None
    assert second is not None
    assert doc.span_text(doc.entities[first].span) == "شاہد کپور"
    assert doc.entities[second].group == doc.entities[first].group


def test_a_bare_description_that_stood_before_a_name_refers_to_that_person(news) -> None:  # type: ignore[no-untyped-def]
    """27 سالہ اداکارہ نے after بالی وڈ اداکارہ سوناکشی سنہا: the word the recognizer left out of the
    name still describes her (as a title does), and the pronoun after it continues her."""
    doc = news(Document("ممبئی (اے پی پی) بالی وڈ اداکارہ سوناکشی سنہا نے کہا ہے کہ وہ نئی فلم میں کام "
                        "کر رہی ہیں۔ 27 سالہ اداکارہ نے اپنے ایک جاری کردہ بیان میں کہا ہے کہ ان کا کیریئر "
                        "اچھا رہا۔ انہوں نے کہا کہ میں محنت سے کام کرتی ہوں۔"))
    assert _speaker_names(doc) == ["سوناکشی سنہا"] * 3


def test_an_office_with_its_owner_refers_to_the_person_it_described(news) -> None:  # type: ignore[no-untyped-def]
    """وزیراعظم کے مشیر نے after وزیراعظم کے مشیر برائے قومی سلامتی و امور خارجہ سرتاج عزیز: the office
    with its owner names the adviser (not the Prime Minister who owns the office), across the remit
    that stood between the office and the name, as speaker and as the doer of an act (blind24 0524)."""
    doc = news(Document("اسلام آباد (اے پی پی) وزیراعظم کے مشیر برائے قومی سلامتی و امور خارجہ سرتاج عزیز نے "
                        "افغان صدر سے ملاقات کی۔ وزیراعظم کے مشیر نے اقتدار کی پرامن منتقلی پر مبارکباد دی۔ "
                        "وزیراعظم کے مشیر نے کہا کہ پاکستان امن چاہتا ہے۔"))
    assert _speaker_names(doc) == ["سرتاج عزیز"]
    congratulated = [ev for ev in doc.events if doc.span_text(ev.trigger) == "مبارکباد دی"]
    assert [doc.span_text(doc.entities[ev.actor1].span) if ev.actor1 is not None else None
            for ev in congratulated] == ["سرتاج عزیز"]


def test_a_list_of_speakers_with_a_description_after_a_comma_is_coded_with_its_first(news) -> None:  # type: ignore[no-untyped-def]
    """میر واعظ عمر فاروق ،بزرگ کشمیری حریت رہنماء سید علی گیلانی اور شبیر احمد شاہ نے: the description
    after the comma belongs to the second name, so the list's first name speaks (blind24 0424p); a
    description joined by اور is the name's own (کپتان اور سینئر بلے باز مصباح الحق نے)."""
    doc = news(Document("سرینگر (کے ایم ایس) کل جماعتی حریت کانفرنس کے چیئرمین میر واعظ عمر فاروق ،بزرگ "
                        "کشمیری حریت رہنماء سید علی گیلانی اور شبیر احمد شاہ نے کشمیریوں سے اپیل کی ہے "
                        "کہ وہ اس دن مکمل ہڑتال کریں۔ قومی ٹیم کے کپتان اور سینئر بلے باز مصباح الحق "
                        "نے کہا ہے کہ ٹیم جیتے گی۔"))
    assert _speaker_names(doc) == ["میر واعظ عمر فاروق", "مصباح الحق"]


def test_an_office_over_an_organisation_refers_to_the_person_it_stood_before(news) -> None:  # type: ignore[no-untyped-def]
    """چیئرمین این ڈی ایم اے نے after چیئرمین این ڈی ایم اے علیم سعید: the chairman speaks, not the
    authority, when the title has no person of its own (COUNTER 0174p)."""
    doc = news(Document("اسلام آباد (اے پی پی) چیئرمین این ڈی ایم اے علیم سعید نے سیلاب کی صورتحال پر "
                        "بریفنگ دی۔ سیلاب سے 19 لاکھ افراد متاثر ہوئے۔ چیئرمین این ڈی ایم اے نے بتایا کہ پاک "
                        "فوج امدادی کاموں میں مصروف ہے۔"))
    assert _speaker_names(doc) == ["علیم سعید"]


def test_the_sides_of_a_between_are_not_a_dropped_subject(news) -> None:  # type: ignore[no-untyped-def]
    """… پاکستان اور بھارت کے درمیان … سوال کا جواب دیتے ہوئے کہا کہ: the two sides are no subject of the
    cue; the subject was dropped and continues the speaker (blind30 0580); a determiner (اس عزم) is no
    pronoun subject either."""
    doc = news(Document("امریکی نمائندہ خصوصی ڈینیئل ایف فلڈمین نے کہا ہے کہ مسئلہ کشمیر کا حل مذاکرات سے "
                        "ہوگا۔ لائن آف کنٹرول پر پاکستان اور بھارت کے درمیان حالیہ جھڑپوں کے بارے میں ایک "
                        "سوال کا جواب دیتے ہوئے کہا کہ فریقین مذاکرات کریں۔"))
    assert _speaker_names(doc) == ["ڈینیئل ایف فلڈمین"] * 2


def test_an_agent_with_its_acronym_in_brackets_speaks(news) -> None:  # type: ignore[no-untyped-def]
    """کرکٹ ساؤتھ افریقہ (سی ایس اے) نے اعلان کیا: the name before the bracketed acronym is the agent,
    also when the recognizer ended it inside the brackets; a name that takes in the brackets stays."""
    doc = news(Document("جوہانسبرگ (اے پی پی) کرکٹ ساؤتھ افریقہ (سی ایس اے) نے اعلان کیا ہے کہ بورڈ کو "
                        "منافع ہوا۔ پاکستان تحریک انصاف (پی ٹی آئی) نے کہا ہے کہ دھرنا جاری رہے گا۔"))
    assert [q.speaker is not None for q in doc.quotes] == [True, True]
    assert "سی ایس اے" in doc.span_text(doc.quotes[0].speaker_span)
    assert doc.span_text(doc.quotes[1].speaker_span) == "پاکستان تحریک انصاف (پی ٹی آئی)"


def test_a_pronoun_with_no_person_goes_back_to_the_last_speaker_named_in_words(news) -> None:  # type: ignore[no-untyped-def]
    """فنکارہ ریکھا کا کہنا ہے … انہوں نے کہا: with no PERSON recognized, the pronoun is the last
    speaker's words — not an agent inside her own words (میرے والدین نے), and انہون (typed without
    its ں) is the same pronoun. (With اداکارہ, a knowledge-base occupation since the tenth session,
    ریکھا is a PERSON after the title.)"""
    doc = news(Document("ممبئی (وقت نیوز) بالی وڈ کی فنکارہ ریکھا کا کہنا ہے کہ محبت میرے جینز میں شامل ہے۔ "
                        "میرے والدین نے میری پرورش اسی طرح کی ہے۔ میں فلم انڈسٹری میں ابھی کام کر رہی ہوں۔ "
                        "انہوں نے کہا کہ زندگی گزارنے کے لئے اصول ضروری ہیں۔ انہون نے کہا کہ وہ خوش ہیں۔"))
    assert [doc.span_text(q.speaker_span) for q in doc.quotes] == ["فنکارہ ریکھا"] * 3


def test_i_said_inside_a_speakers_words_is_that_speaker(news) -> None:  # type: ignore[no-untyped-def]
    """میں نے گزشتہ ہفتے کہا تھا کہ … inside what a speaker is saying: میں (only before نے a pronoun, not
    the postposition) is that speaker."""
    doc = news(Document("امریکی نمائندہ خصوصی ڈینیئل فلڈمین نے کہا کہ امن کیلئے پاکستان کی کوششیں قابل تعریف "
                        "ہیں۔ انہوں نے کہا کہ میں نے گزشتہ ہفتے کہا تھا کہ امریکہ مذاکرات کی حمایت کرتا ہے۔"))
    assert _speaker_names(doc) == ["ڈینیئل فلڈمین"] * 3


def test_i_said_reaches_over_a_passive_quote_and_my_own_acts_to_the_speaker(news) -> None:  # type: ignore[no-untyped-def]
    """میں نے … بتایا تھا several sentences into a speaker's words: the passive quote among them (یہ کہا
    جاتا ہے کہ) is no one's, and the speaker's own میں نے between is no other agent (COUNTER 0359p)."""
    doc = news(Document(
        "اس بارے میں انیل کپور نے انٹرویو میں کہا ہے کہ مجھے خوشی ہے۔ میرا بیٹا بہت با صلاحیت ہے۔ میری "
        "بیٹیاں انڈسٹری میں کام کر رہی ہیں۔ میرے بارے میں یہ کہا جاتا تھا کہ میں رومینٹک اداکار ہوں لیکن "
        "میں نے ہر قسم کے کردار کئے۔ میں ٹی وی پر مزید کام کرنا چاہتا ہوں۔ میں نے جب اپنے دوستوں کو یہ "
        "بتایا تھا کہ میں اداکاری کرنا چاہتا ہوں تو سب نے میرا مزاق اڑایا تھا۔"))
    assert _speaker_names(doc) == ["انیل کپور", None, "انیل کپور"]


def test_a_pronoun_speaker_is_the_one_the_next_sentence_names_as_saying_this(news) -> None:  # type: ignore[no-untyped-def]
    """انہوں نے کہا کہ …۔ … مسٹر پلم راجو نے یہ بات کہی۔ (Palam Raju said this): the pronoun's words are
    his, over a sentence of the words themselves that holds no cue (udtb_blind3, UDTB train 31); so is
    the next pronoun. یہ باتیں … کہیں is the plural."""
    doc = news(Document("وزیر خارجہ نے اجلاس کی صدارت کی۔ انہوں نے کہا کہ ہندوستان بھی نیوکلیئر توانائی کا "
                        "حامل ملک ہے۔ ہم پہلے حملہ آور نہیں ہوں گے۔ ایک سوال کا جواب دیتے ہوئے مسٹر پلم "
                        "راجو نے یہ بات کہی۔ انہوں نے مزید کہا کہ ہم امن چاہتے ہیں۔"))
    assert _speaker_names(doc) == ["پلم راجو", "پلم راجو"]
    doc = news(Document("انہوں نے کہا کہ فلم اچھی ہے۔ اداکارہ سارہ خان نے یہ باتیں صحافیوں سے کہیں۔"))
    assert _speaker_names(doc) == ["سارہ خان"]
    # a pronoun saying "this" names no one new, and a named speaker's words stay his
    doc = news(Document("وزیر خزانہ اسحاق ڈار نے اجلاس کی صدارت کی۔ انہوں نے کہا کہ معیشت بہتر ہے۔ انہوں "
                        "نے یہ بات صحافیوں سے کہی۔"))
    assert _speaker_names(doc) == ["اسحاق ڈار"]
    doc = news(Document("اسحاق ڈار نے کہا کہ معیشت بہتر ہے۔ وزیراعظم نواز شریف نے یہ بات اجلاس میں کہی۔"))
    assert _speaker_names(doc) == ["اسحاق ڈار"]


def test_a_perfect_saying_and_an_assurance_are_cues(news) -> None:  # type: ignore[no-untyped-def]
    """کہہ چکے ہیں کہ (has said) and یقین دلاتے ہیں کہ (assure) introduce speech like کہا کہ. (The
    progressive کہہ رہے ہیں is left out: in COUNTER it mostly reports a saying inside a quote.)"""
    doc = news(Document("آرمی چیف جنرل راحیل شریف کہہ چکے ہیں کہ ہم آئین اور جمہوریت پر یقین رکھتے ہیں۔"))
    assert [(doc.span_text(q.cue), doc.span_text(q.content)) for q in doc.quotes] == [
        ("کہہ چکے ہیں", "ہم آئین اور جمہوریت پر یقین رکھتے ہیں")]
    assert _speaker_names(doc) == ["راحیل شریف"]


def test_an_unmarked_we_before_a_cue_is_the_speaker_not_an_earlier_agent(news) -> None:  # type: ignore[no-untyped-def]
    """… افراد نے گھر بار چھوڑا، … تاہم ہم انہیں یقین دلاتے ہیں کہ: the ہم of the cue's own clause is the
    speaker going on, not the agent of نے earlier in an unpunctuated sentence."""
    doc = news(Document("وزیراعظم نواز شریف نے کہا کہ حکومت متاثرین کی مدد کرے گی۔ لاکھوں افراد نے "
                        "وطن کی خاطر گھر بار چھوڑا، ہمیں علم ہے کہ وہ مشکل دور سے گزر رہے ہیں تاہم ہم انہیں "
                        "یقین دلاتے ہیں کہ حکومت ان کی دیکھ بھال کرے گی۔"))
    assert [doc.span_text(q.cue) for q in doc.quotes] == ["کہا", "یقین دلاتے ہیں"]
    assert _speaker_names(doc) == ["نواز شریف", "نواز شریف"]


def test_a_reporters_question_ends_the_quote_before_it(news) -> None:  # type: ignore[no-untyped-def]
    """… بات چیت کی اس سوال پر کہ …: the reporter's question that frames the next answer is the
    narrator's words, not the end of the speaker's."""
    doc = news(Document("امریکی نمائندہ خصوصی ڈینیل فلڈ مین نے کہا کہ میں نے جنرل راحیل شریف سے جامع "
                        "ایشوز پر مفید بات چیت کی اس سوال پر کہ کیا امریکہ کو پاکستان کی حالیہ صورتحال پر "
                        "تشویش ہے انہوں نے کہا کہ یہ پاکستان کا داخلہ مسئلہ ہے۔"))
    assert [doc.span_text(q.content) for q in doc.quotes] == [
        "میں نے جنرل راحیل شریف سے جامع ایشوز پر مفید بات چیت کی", "یہ پاکستان کا داخلہ مسئلہ ہے"]


def test_an_office_over_a_known_organisation_and_a_known_office_refer_to_their_holders(news) -> None:  # type: ignore[no-untyped-def]
    """چیئرمین نادرا نے after چیئرمین نادرا عثمان مبین (NADRA is in the knowledge base, so the model's
    span over it and the name is split), and مشیر خارجہ نے after مشیر خارجہ سرتاج عزیز (an office of the
    knowledge base), are the persons named before."""
    doc = news(Document("چیئرمین نادرا عثمان مبین نے کہا ہے کہ رپورٹ سربمہر ہے۔ چیئرمین نادرا نے بتایا "
                        "کہ رپورٹ پبلک ریکارڈ کا حصہ ہے۔ مشیر خارجہ سرتاج عزیز نے کہا کہ امن ضروری ہے۔ "
                        "مشیر خارجہ نے کہا کہ افغانستان سے بات ہوگی۔"))
    assert _speaker_names(doc) == ["عثمان مبین", "عثمان مبین", "سرتاج عزیز", "سرتاج عزیز"]


def test_a_coordinated_speaker_whose_first_conjunct_is_unnamed_is_that_conjunct(news) -> None:  # type: ignore[no-untyped-def]
    """محکمہ صحت اور عالمی ادارہ صحت کا کہنا ہے: a coordinated speaker is coded with its first conjunct,
    an actor noun phrase here, whose words end at اور — not the named organisation after it."""
    doc = news(Document("محکمہ صحت اور عالمی ادارہ صحت کا کہنا ہے کہ مریض کی ہلاکت ڈینگی بخار سے ہوئی۔"))
    assert [(q.speaker, doc.span_text(q.speaker_span)) for q in doc.quotes] == [(None, "محکمہ صحت")]


def test_an_occupation_before_a_name_makes_it_a_person(news) -> None:  # type: ignore[no-untyped-def]
    """بالی وڈ کی اداکارہ پریانکا چوپڑا … انہوں نے کہا: the occupation (a knowledge-base title of kind
    occupation) marks the name after it as a PERSON, so the pronoun has an antecedent."""
    doc = news(Document("ممبئی (وقت نیوز) بالی وڈ کی اداکارہ پریانکا چوپڑا کو جلدی اٹھنا پسند نہیں ہے۔ "
                        "اس بارے میں انہوں نے انٹرویو میں کہا کہ میں رات کو دیر تک شوٹنگ کراتی ہوں۔"))
    assert _speaker_names(doc) == ["پریانکا چوپڑا"]


def test_pleasure_expressed_that_is_a_cue(news) -> None:  # type: ignore[no-untyped-def]
    """وزیراعظم نے اس امر پر مسرت کا اظہار کیا کہ …: like افسوس / تشویش کا اظہار کیا کہ, a cue."""
    doc = news(Document("وزیراعظم نواز شریف نے اس امر پر مسرت کا اظہار کیا کہ پاک بحریہ کو ایک موثر قوت کے "
                        "طور پر تسلیم کیا جاتا ہے۔"))
    assert [doc.span_text(q.cue) for q in doc.quotes] == ["مسرت کا اظہار کیا"]
    assert _speaker_names(doc) == ["نواز شریف"]


def test_a_passive_quote_of_a_statement_names_its_issuer_not_a_speaker(news) -> None:  # type: ignore[no-untyped-def]
    """وزارت خارجہ کی طرف سے جاری کیے گئے ایک بیان میں کہا گیا ہے کہ …: no one is named as saying it (the
    speaker stays None, as docs/annotation.md annotates it), but the statement is the ministry's
    (``Quote.issuer``); a bare بیان میں مزید کہا گیا at a sentence's start is the same statement; a
    statement of no named body (ایک بیان میں کہا گیا) has no issuer."""
    text = ("اسلام آباد (اے پی پی) وزارت خارجہ کی طرف سے جاری کیے گئے ایک بیان میں کہا گیا ہے کہ افغان "
            "حکام سرحد پر حملے روکیں۔ بیان میں مزید کہا گیا ہے کہ پاکستان امن چاہتا ہے۔ کمپنی کی ویب "
            "سائٹ پر جاری ایک بیان میں کہا گیا ہے کہ طیارہ محفوظ ہے۔")
    doc = news(Document(text))
    ents = doc.entities
    got = [(doc.span_text(q.content), q.speaker, q.speaker_span,
            None if q.issuer is None else ents[q.issuer].kb_id,
            None if q.issuer is None else (ents[q.issuer].span.start, ents[q.issuer].span.end),
            q.issuer_span)
           for q in doc.quotes]
    start = text.index("وزارت خارجہ")
    mofa = ("khabar:org/ministry-of-foreign-affairs@PAK", (start, start + len("وزارت خارجہ")))
    assert got == [("افغان حکام سرحد پر حملے روکیں", None, None, *mofa, None),
                   ("پاکستان امن چاہتا ہے", None, None, *mofa, None),
                   ("طیارہ محفوظ ہے", None, None, None, None, None)]


def test_a_statement_issued_by_a_body_the_recognizer_did_not_find_names_it_by_its_words(news) -> None:  # type: ignore[no-untyped-def]
    doc = news(Document("ملازمین کی تنظیم کے جاری کردہ بیان میں کہا گیا ہے کہ ہڑتال جاری رہے گی۔"))
    (q,) = doc.quotes
    assert (q.speaker, q.issuer, doc.span_text(q.issuer_span) if q.issuer_span else None) == (
        None, None, "ملازمین کی تنظیم")


def test_the_statement_event_of_an_issued_statement_is_the_issuers(news) -> None:  # type: ignore[no-untyped-def]
    """The MAKE STATEMENT event (010) of a passive quote of a ministry's statement has the ministry as
    actor 1, with its country and role; the quote itself keeps no speaker."""
    doc = news(Document("چین کی وزارت خارجہ کی جانب سے جاری ہونے والے بیان میں کہا گیا ہے کہ کشمیر کا "
                        "مسئلہ پرانا ہے۔"))
    (q,) = doc.quotes
    (ev,) = [e for e in doc.events if e.code == "010"]
    assert q.speaker is None
    assert (ev.actor1, ev.actor1_country, ev.actor1_role, ev.confidence) == (q.issuer, "CHN", "GOV", 0.8)
    assert doc.entities[ev.actor1].kb_id == "khabar:org/ministry-of-foreign-affairs@CHN"


def test_a_passive_cue_inside_an_issued_statement_is_that_statements(news) -> None:  # type: ignore[no-untyped-def]
    text = ("وزارت خارجہ کے بیان میں کہا گیا ہے کہ افغان حکام پر ایک مرتبہ پھر یہ زور دیا گیا ہے کہ وہ موثر "
            "اقدامات کریں۔")
    doc = news(Document(text))
    got = [(doc.span_text(q.cue), doc.span_text(q.content), q.speaker,
            None if q.issuer is None else doc.span_text(doc.entities[q.issuer].span)) for q in doc.quotes]
    assert got == [
        ("کہا گیا ہے", "افغان حکام پر ایک مرتبہ پھر یہ زور دیا گیا ہے کہ وہ موثر اقدامات کریں", None,
         "وزارت خارجہ"),
        ("زور دیا گیا ہے", "وہ موثر اقدامات کریں", None, "وزارت خارجہ")]


def _quote_rows(doc: Document) -> list[tuple[str, str, str, str | None]]:
    """Each quote's kind, cue, content and speaker — its entity's words, else its own words."""
    return [(q.kind, doc.span_text(q.cue), doc.span_text(q.content),
             doc.span_text(doc.entities[q.speaker].span) if q.speaker is not None
             else (doc.span_text(q.speaker_span) if q.speaker_span is not None else None))
            for q in doc.quotes]


@pytest.mark.parametrize(("text", "expected"), [
    # X کے مطابق (according to X): a claim the report attributes to a source — an entity, or the words
    # that name it with a source noun (ذرائع, رپورٹ, عینی شاہدین) or an actor noun (پولیس, حکام); a
    # report's owner names it with the report; a place or demonym inside the words only qualifies them
    ("پولیس کے مطابق حملہ آوروں نے فائرنگ کی اور فرار ہو گئے۔",
     [("sourced", "کے مطابق", "حملہ آوروں نے فائرنگ کی اور فرار ہو گئے", "پولیس")]),
    ("اقوام متحدہ کی رپورٹ کے مطابق گزشتہ سال دس ہزار افراد ہلاک ہوئے۔",
     [("sourced", "کے مطابق", "گزشتہ سال دس ہزار افراد ہلاک ہوئے", "اقوام متحدہ")]),
    ("بھارتی ذرائع ابلاغ کے مطابق اداکار عامر خان کی نئی فلم ریلیز ہو گئی۔",
     [("sourced", "کے مطابق", "اداکار عامر خان کی نئی فلم ریلیز ہو گئی", "بھارتی ذرائع ابلاغ")]),
    ("عمران خان نے جلسے سے خطاب کیا۔ ان کے مطابق انتخابات میں دھاندلی ہوئی۔",
     [("sourced", "کے مطابق", "انتخابات میں دھاندلی ہوئی", "عمران خان")]),
    # a norm followed, details, a relative clause's جس کے مطابق name no source
    ("تفصیلات کے مطابق یہ واقعہ لاہور میں پیش آیا۔ قانون کے مطابق کارروائی کی جائے گی۔", []),
    ("حکومت نے ایک پلان بنایا جس کے مطابق نئے ڈیم تعمیر کیے جائیں گے۔", []),
    # inside another quote's words the speaker cites the source: no claim of its own
    ("وزیر نے کہا کہ ذرائع کے مطابق حکومت مذاکرات کرے گی۔",
     [("indirect", "کہا", "ذرائع کے مطابق حکومت مذاکرات کرے گی", "وزیر")]),
    # کے بموجب, as Indian papers write کے مطابق (UDTB: 20 of the treebanks' sentences), and its claims
    ("ذرائع کے بموجب چیف منسٹر نے متوقع وزراء کی ایک فہرست بھی مسٹر موئیلی کے حوالے کی۔",
     [("sourced", "کے بموجب", "چیف منسٹر نے متوقع وزراء کی ایک فہرست بھی مسٹر موئیلی کے حوالے کی",
       "ذرائع")]),
    # a source named by words the tagger reads as a name but the recognizer missed (UDTB: سریکانت);
    # a year after برائے is no source
    ("سریکانت کے بموجب شین وارن کو رواں سیزن بہتر کھلاڑیوں کی خدمات دستیاب نہیں تھیں۔",
     [("sourced", "کے بموجب", "شین وارن کو رواں سیزن بہتر کھلاڑیوں کی خدمات دستیاب نہیں تھیں", "سریکانت")]),
    ("اے این این کے مطابق وزیراعظم کی مری آمد پر مال روڈ پر دکانیں بند کرا دی گئیں۔",
     [("sourced", "کے مطابق", "وزیراعظم کی مری آمد پر مال روڈ پر دکانیں بند کرا دی گئیں", "اے این این")]),
    ("ایک نجی تنظیم کی رپورٹ برائے 2014 کے مطابق دنیا بھر میں پاکستان عورتوں کیلئے تیسرا خطرناک ترین ملک"
     " بن گیا ہے۔", []),
])
def test_sourced_claims(news, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:  # type: ignore[no-untyped-def]
    assert _quote_rows(news(Document(text))) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # words credited to a speaker named after the sentence's last comma, as headlines put it: the
    # clause before the comma is an indirect quote (cue: the comma), its speaker the credit — a name,
    # an organisation, a title, or words holding an actor or source noun; a demonym only qualifies them
    ("منصوبے کے مخالف نہیں، ہمیشہ اشتراکیت کی بنیاد پر ترقی کی حمایت کی، ترجمان چینی وزارت خارجہ",
     [("indirect", "،", "منصوبے کے مخالف نہیں، ہمیشہ اشتراکیت کی بنیاد پر ترقی کی حمایت کی", "وزارت خارجہ")]),
    ("معیشت پر سیاست ہر صورت میں بند ہونی چاہیے، اسحاق ڈار",
     [("indirect", "،", "معیشت پر سیاست ہر صورت میں بند ہونی چاہیے", "اسحاق ڈار")]),
    ("بے پناہ دولت ہمدردی سے محروم کردیتی ہے، امریکی ماہرین",
     [("indirect", "،", "بے پناہ دولت ہمدردی سے محروم کردیتی ہے", "امریکی ماہرین")]),
    # no credit: a phrase without a verb before the comma, a predicate or a number after it, a list of
    # names, a sentence whose speech has a cue of its own
    ("سال کی بہترین ٹیم، پاکستان نظرانداز", []),
    ("مقابلہ نتیجہ خیز ثابت نہیں ہوسکا، 1-1 سے برابر", []),
    ("اجلاس میں شرکت کرنے والوں میں وزیر داخلہ، وزیر خزانہ شامل تھے جن میں وزیر داخلہ، وزیر خزانہ", []),
    # (the title is the one finance minister of kb_office_holders.tsv the text names, date or none)
    ("وزیر خزانہ نے کہا کہ معیشت بہتر ہو رہی ہے، اسحاق ڈار",
     [("indirect", "کہا", "معیشت بہتر ہو رہی ہے، اسحاق ڈار", "اسحاق ڈار")]),
])
def test_credited_words(news, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:  # type: ignore[no-untyped-def]
    assert _quote_rows(news(Document(text))) == expected


def test_an_act_in_credited_words_is_the_one_credited(news) -> None:  # type: ignore[no-untyped-def]
    doc = news(Document("منصوبے کے مخالف نہیں، ہمیشہ ترقی کی حمایت کی، ترجمان چینی وزارت خارجہ"))
    acts = [(e.code, doc.span_text(e.trigger), doc.span_text(doc.entities[e.actor1].span), e.quote)
            for e in doc.events if e.actor1 is not None]
    assert acts == [("051", "حمایت کی", "وزارت خارجہ", 0), ("010", "،", "وزارت خارجہ", None)]


def test_an_office_with_its_province_speaks_and_is_addressed_as_its_holder(news) -> None:  # type: ignore[no-untyped-def]
    doc = news(Document("وزیراعلی پنجاب شہباز شریف نے سیلاب زدہ علاقوں کا دورہ کیا۔ فلمسٹار صابرہ سلطانہ نے "
                        "وزیراعلی پنجاب سے مالی امداد کی اپیل کی ہے۔ اس موقع پر گورنر پنجاب نے کہا کہ "
                        "تعلیم ضروری ہے۔"))
    appeal = next(e for e in doc.events if e.code == "020")
    assert doc.entities[appeal.actor2].canonical == "شہباز شریف"
    assert _speaker_names(doc) == ["گورنر"]


def test_a_relative_clause_with_its_own_agent_between_commas_leaves_the_speaker(news) -> None:  # type: ignore[no-untyped-def]
    doc = news(Document("رپورٹ کے مطابق وزیراعظم، جنہوں نے اقوام متحدہ کی جنرل اسمبلی کے 69 ویں اجلاس میں "
                        "شرکت کے بعد وطن واپس آتے ہوئے لندن میں دو راتیں قیام کیا، نے کہا کہ وہ جلد واپس "
                        "آئیں گے۔"))
    assert _speaker_names(doc) == ["وزیراعظم"]



@pytest.mark.parametrize(("text", "expected"), [
    # reminded, threatened, and the Indian Urdu press's request (… سے خواہش کی کہ) are speech cues;
    # a wish with no content is none
    ("وزیراعظم نواز شریف نے یاد دلایا کہ پہلی شپنگ پالیسی ان کے دور میں بنی تھی۔",
     [("indirect", "یاد دلایا", "پہلی شپنگ پالیسی ان کے دور میں بنی تھی", "نواز شریف")]),
    ("اسرائیل کے وزیر دفاع نے محمود عباس کو دھمکی دی ہے کہ وہ امن کا انتخاب کریں۔",
     [("indirect", "دھمکی دی ہے", "وہ امن کا انتخاب کریں", "وزیر دفاع")]),
    ("مرلی منوہر جوشی نے اسپیکر سے خواہش کی کہ رپورٹ پارلیمنٹ میں پیش کی جائے۔",
     [("indirect", "خواہش کی", "رپورٹ پارلیمنٹ میں پیش کی جائے", "مرلی منوہر جوشی")]),
    ("وزیراعظم نے امن کی خواہش کی۔", []),
])
def test_reminders_threats_and_requests_are_speech(news, text: str,  # type: ignore[no-untyped-def]
                                                   expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _quote_rows(news(Document(text))) == expected


def test_a_name_before_its_office_speaks(news) -> None:  # type: ignore[no-untyped-def]
    """The Indian Urdu press writes name then office (جناب X سابق وزیر اعلی کرناٹک و رکن پارلیمنٹ بیدر
    نے): the honorific announces the name though an adjective follows it, and the person named before
    the description is the agent, not the place or body it ends with."""
    doc = news(Document("دو دن قبل جناب دھرم سنگھ سابق وزیر اعلی کرناٹک و رکن پارلیمنٹ بیدر نے بتایا تھا کہ "
                        "فہرست غلط ہے۔"))
    assert _quote_rows(doc) == [("indirect", "بتایا تھا", "فہرست غلط ہے", "دھرم سنگھ")]
    doc = news(Document("پاکستان کے وزیر خارجہ نے بتایا کہ مذاکرات ہوں گے۔"))  # an office after its owner
    assert [row[3] for row in _quote_rows(doc)] == ["وزیر خارجہ"]


def test_a_person_named_in_passing_and_then_talked_about_is_not_the_pronoun_speaker(news) -> None:  # type: ignore[no-untyped-def]
    """UDTB: a passage opens with راج شیکھر ریڈی کے دور میں (in his time), then انہوں نے کہا کہ راج
    شیکھر ریڈی کا دور …: the words talk about him, so he is not who says them (the passage cut off the
    speaker); one who acted before (… نے اسکالرشپ شروع کی) is still the pronoun's antecedent."""
    doc = news(Document("اس کے علاوہ اقلیتی طلبہ کو تعلیمی فیس کی ادائیگی راج شیکھر ریڈی کے دور میں "
                        "شروع ہوئی۔ انہوں نے کہا کہ راج شیکھر ریڈی کا دور اقلیتوں کی ترقی کا سنہری دور کہا "
                        "جا سکتا ہے۔"))
    assert _quote_rows(doc) == [("indirect", "کہا", "راج شیکھر ریڈی کا دور اقلیتوں کی ترقی کا سنہری دور کہا "
                                 "جا سکتا ہے", "انہوں")]
    doc = news(Document("راج شیکھر ریڈی نے اسکالرشپ شروع کی۔ انہوں نے کہا کہ راج شیکھر ریڈی کا دور سنہری "
                        "دور تھا۔"))
    assert _speaker_names(doc) == ["راج شیکھر ریڈی"]  # (the whole name since NER 1.32.0 knows it)


def test_a_statement_or_report_issued_by_a_named_body_has_an_issuer_and_no_speaker(news) -> None:  # type: ignore[no-untyped-def]
    """X کی جانب سے جاری بیان میں کہا گیا (no verb between the agent phrase and the statement) is X's
    statement, not X speaking (docs/annotation.md), and so is a report X issued (UDTB: X کی جانب سے جاری
    ایک تازہ رپورٹ میں بتایا گیا); an office named by کی طرف سے with no statement between still speaks."""
    def rows(text: str) -> list[tuple[str | None, str | None]]:
        doc = news(Document(text))
        ents = doc.entities
        return [(doc.span_text(ents[q.speaker].span) if q.speaker is not None else None,
                 doc.span_text(ents[q.issuer].span) if q.issuer is not None
                 else (doc.span_text(q.issuer_span) if q.issuer_span is not None else None))
                for q in doc.quotes]

    assert rows("وزارت خارجہ کی جانب سے جاری بیان میں کہا گیا ہے کہ مذاکرات ہوں گے۔") == [
        (None, "وزارت خارجہ")]
    assert rows("نیویارک میں عالمی ادارہ اطفال کی جانب سے جاری ایک تازہ رپورٹ میں بتایا گیا ہے کہ غزہ "
                "میں بچوں کی حالت خراب ہے۔") == [(None, "عالمی ادارہ اطفال")]
    assert rows("صدر کے دفتر کی طرف سے کہا گیا تھا کہ مذاکرات ہوں گے۔") == [("صدر", None)]


def test_a_request_told_as_a_noun_is_the_words_of_the_one_speaking(news) -> None:  # type: ignore[no-untyped-def]
    """UDTB: ناظم مدرسہ مولانا خلیل احمد رشادی نے بتایا کہ … ۔ یہ کورس چالیس دن کا رہےگا۔ … طلباء سے
    درخواست ہے کہ …: a request with its copula and no one named as asking goes on with the speaker's
    words; where another source acted in between (… کی گورنر نے … درخواست کی ہے), it is not his."""
    doc = news(Document("ناظم مدرسہ مولانا خلیل احمد رشادی نے بتایا کہ لڑکوں کے لئے دینی کلاسیس "
                        "چلائے جائیں گے۔ یہ کورس چالیس دن کا رہے گا۔ اس کورس میں داخلہ کے شوقین "
                        "اولیائے طلباء سے درخواست ہے کہ وہ اپنے بچوں کو داخلہ دلوائیں۔"))
    assert _speaker_names(doc) == ["خلیل احمد رشادی", "خلیل احمد رشادی"]
    doc = news(Document("چیف پراسیکیوٹر انا بلانکو نے بتایا کہ لاشیں بھجوا دی گئی ہیں۔ ریاست کی گورنر "
                        "نے عوام سے اپیل کی ہے کے شہری پرہیز کریں۔ تمام شہریوں سے درخواست ہے کہ وہ "
                        "عدم تشدد کا مظاہرہ کریں۔"))
    assert _speaker_names(doc)[-1] is None


def test_a_person_his_office_and_its_district_is_the_person(news) -> None:  # type: ignore[no-untyped-def]
    """Indian Urdu writes the name first, then the office and its district (UDTB dev passage 18):
    the district the recognizer finds at the end of the agent phrase does not speak, the person does
    — as the jurisdiction after a title alone does not (وزیر اعلیٰ پنجاب نے)."""
    doc = news(Document("سریش کمار کلکٹر ضلع میدک نے سرکاری دواخانہ کا معائنہ کرتے ہوئے ڈاکٹروں سے کہا کہ "
                        "وہ مریضوں کا علاج کریں۔"))
    speakers = [doc.entities[q.speaker] for q in doc.quotes if q.speaker is not None]
    assert [(e.label, doc.span_text(e.span).split()[:2]) for e in speakers] == [("PERSON", ["سریش", "کمار"])]
    doc = news(Document("وزیر اعلیٰ پنجاب نے کہا کہ صوبے میں ترقی ہو گی۔"))
    assert [doc.entities[q.speaker].label for q in doc.quotes] == ["TITLE"]


@pytest.mark.parametrize(("text", "expected"), [
    # سائنس (science) made progress: انہوں نے کہا is no science's (udtbtrain:44) — nor, inside the
    # actress's first-person words, the co-singer's who "also sang with me" (COUNTER 0217p)
    ("ایک طرف سائنس نے کافی ترقی کی ہے اور وہ چاند تک پہنچ گئی ہے۔ انہوں نے کہا کہ زمین کو بچانا ضروری ہے۔",
     [("زمین کو بچانا ضروری ہے", "انہوں")]),
    ("بالی وڈ کی اداکارہشردھا کپور کاکہنا ہے کہ گلوکاری شوق ہے۔ میرے ساتھ اس فلم میں تبو نے بھی گایا ہے۔ "
     "انہوں نے کہا کہ میرے والد مشورے دیتے ہیں۔",
     [("گلوکاری شوق ہے", "اداکارہشردھا کپور"), ("میرے والد مشورے دیتے ہیں", "اداکارہشردھا کپور")]),
    # a singular اس may be a body's (COUNTER 0409), and people named by a common noun speak
    # (a district collector, a leader's opponents: actor_nouns.tsv)
    ("بیورو نے شناخت کا منصوبہ گذشتہ برس شروع کیا تھا لیکن اس کا کہنا ہے کہ شناخت مشکل ہے۔",
     [("شناخت مشکل ہے", "بیورو")]),
    ("کلکٹر نے عہدیداروں کا اجلاس طلب کیا۔ انھوں نے کہا کہ ٹاسک فورس کی ضرورت نہیں پڑےگی۔",
     [("ٹاسک فورس کی ضرورت نہیں پڑےگی", "کلکٹر")]),
    ("دوسری طرف نواز شریف کے مخالفین نے فیصلے کی مذمت کی ہے۔ان کا کہنا ہے کہ یہ فیصلہ احتجاج کو روکنے کی "
     "منصوبہ بندی ہے۔", [("یہ فیصلہ احتجاج کو روکنے کی منصوبہ بندی ہے", "مخالفین")]),
])
def test_a_plural_pronoun_with_no_person_before_it_is_the_last_agent_that_names_people(  # type: ignore[no-untyped-def]
        news, text: str, expected: list[tuple[str, str]]) -> None:
    doc = news(Document(text))
    assert [(doc.span_text(q.content), doc.span_text(q.speaker_span)) for q in doc.quotes
            if q.speaker is None and q.speaker_span is not None] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an office named by its title alone is the agent a later pronoun speaker takes up (the issue's
    # رہبر انقلاب اسلامی; COUNTER 0596p: سری لنکا کے ہائی کمشنر after India's ambassador مکھرجی)
    ("تہران (ارنا) رہبر انقلاب اسلامی نے پیر کی شام بیلاروس کے صدر سے ملاقات کی۔ انھوں نے کہا کہ ایران اور "
     "بیلاروس کے تعلقات مضبوط ہیں۔",
     [("ایران اور بیلاروس کے تعلقات مضبوط ہیں", "رہبر انقلاب اسلامی")]),
    ("بھارت کے سفیر اشوک مکھرجی کا کہنا ہے کہ میٹنگ ہونی ہے۔ پاکستان میں سری لنکا کے ہائی کمشنر نے کہا ہے کہ "
     "ملاقات متوقع ہے۔ انہوں نے کہا کہ دورہ جلد ہو گا۔",
     [("میٹنگ ہونی ہے", "اشوک مکھرجی"), ("ملاقات متوقع ہے", "کمشنر"), ("دورہ جلد ہو گا", "کمشنر")]),
    # ... but a person named after the title is whom the pronoun takes up
    ("چیف جسٹس نے درخواست مسترد کر دی۔ سینئر صحافی طلعت حسین کہتے ہیں کہ فیصلہ اہم ہے۔ انہوں نے کہا کہ "
     "جماعت کو صف بندی کرنی چاہیے۔",
     [("فیصلہ اہم ہے", "طلعت حسین"), ("جماعت کو صف بندی کرنی چاہیے", "طلعت حسین")]),
])
def test_a_pronoun_speaker_after_a_title_only_agent(news, text: str,  # type: ignore[no-untyped-def]
                                                     expected: list[tuple[str, str]]) -> None:
    doc = news(Document(text))
    got = [(doc.span_text(q.content), doc.span_text(doc.entities[q.speaker].span) if q.speaker is not None
            else None) for q in doc.quotes]
    assert got == expected


def test_a_pronoun_agent_after_a_title_only_agent_is_a_group_that_spoke_since(news) -> None:  # type: ignore[no-untyped-def]
    """A group speaking after the title-only agent (سعودی حکام کا کہنا ہے کہ انھوں نے …) is what the
    pronoun agent inside its words refers to, not the office named before (uner:41)."""
    doc = news(Document("افغان سفیر نے یقین دلایا کہ وہ خدشات حکام تک پہنچائیں گے۔ سعودی حکام کا کہنا ہے کہ "
                        "انھوں نے اب تک دولت اسلامیہ کے 431 جنگجوؤں کو گرفتار کیا ہے۔"))
    arrests = [ev for ev in doc.events if ev.code.startswith("17")]
    who = [doc.span_text(doc.entities[ev.actor1].span) for ev in arrests if ev.actor1 is not None]
    assert who == ["سعودی"]


@pytest.mark.parametrize(("text", "source"), [
    # the claim is the body's that issued the statement (COUNTER 0127, 0145, 0522p, 0578p): before کی
    # طرف سے, or before سے right before جاری (a day may stand between), an office's words with their owner
    ("صدر ڈیلما روزیف کے دفتر سے جاری بیان کے مطابق اسرائیل کے صدر نے انہیں فون کیا۔",
     "ڈیلما روزیف کے دفتر"),
    ("حکام کی طرف سے جاری ایک بیان کے مطابق دھماکوں کا نشانہ بننے والے مقامات میں ایک شاپنگ سینٹر "
     "بھی شامل ہے۔",
     "حکام"),
    ("گزشتہ روز دفتر خارجہ سے جاری بیان کے مطابق سرتاج عزیز افغانستان کا دورہ کریں گے۔", "دفتر خارجہ"),
    ("وزیراعظم ہاؤس سے منگل کو جاری ہونے والے ایک بیان کے مطابق نوازشریف نے یہ بات کہی۔", "وزیراعظم ہاؤس"),
    # a statement with no issuer named is its own source, and its owner's (X کے بیان) is the whole phrase
    ("بیان کے مطابق پرامن احتجاج ہر شہری کا حق ہے۔", "بیان"),
])
def test_a_sourced_statement_speaks_for_the_body_that_issued_it(news, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    doc = news(Document(text))
    q = next(q for q in doc.quotes if q.kind == "sourced")
    span = doc.entities[q.speaker].span if q.speaker is not None else q.speaker_span
    assert span is not None
    assert doc.span_text(span) == source
