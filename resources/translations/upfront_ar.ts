<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AcknowledgementDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="514"/>
        <source>Acknowledgement of the guidance</source>
        <translation>الإقرار باستلام التوجيهات</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="517"/>
        <source>Acknowledged by (the RC)</source>
        <translation>أقرّ بها (المنسق المقيم)</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="518"/>
        <source>Acknowledged on</source>
        <translation>تاريخ الإقرار</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="519"/>
        <source>Recorded on the RC&apos;s behalf</source>
        <translation>سُجّل نيابة عن المنسق المقيم</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="520"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="524"/>
        <source>Version {n}: {title}</source>
        <translation>الإصدار {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="533"/>
        <source>the Resident Coordinator&apos;s name</source>
        <translation>اسم المنسق المقيم</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="541"/>
        <source>Leave ticked when you record it for the RC; untick only on the RC office&apos;s own device.</source>
        <translation>اتركه محددًا عندما تسجله نيابة عن المنسق المقيم؛ ألغِ التحديد فقط على جهاز مكتب المنسق المقيم نفسه.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="549"/>
        <source>Guidance</source>
        <translation>التوجيهات</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="324"/>
        <source>Strategy action</source>
        <translation>إجراء ضمن الاستراتيجية</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="337"/>
        <source>— none</source>
        <translation>— لا شيء</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="342"/>
        <location filename="../../ui/situation_dialogs.py" line="359"/>
        <source>Partner UN entities</source>
        <translation>كيانات الأمم المتحدة الشريكة</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="346"/>
        <location filename="../../ui/situation_dialogs.py" line="360"/>
        <source>Risk factors addressed</source>
        <translation>عوامل الخطر التي يعالجها</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="351"/>
        <location filename="../../ui/situation_dialogs.py" line="361"/>
        <source>Incidents addressed</source>
        <translation>الحوادث التي يعالجها</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="354"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="355"/>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="356"/>
        <source>Pillar</source>
        <translation>الركيزة</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="357"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="358"/>
        <source>Lead UN entity</source>
        <translation>كيان الأمم المتحدة الرائد</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="362"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="332"/>
        <location filename="../../ui/situation_dialogs.py" line="363"/>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="364"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="365"/>
        <source>Indicators (one a line)</source>
        <translation>المؤشرات (مؤشر واحد في كل سطر)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/gui.py" line="188"/>
        <source>Erased on HQ&apos;s order</source>
        <translation>مُسح بأمر من المقر</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="190"/>
        <source>HQ revoked this device and ordered it erased. Everything Upfront held on this computer was wiped, as the emergency wipe does.</source>
        <translation>ألغى المقر هذا الجهاز وأمر بمسحه. مُسح كل ما كان Upfront يحتفظ به على هذا الحاسوب، كما يفعل المسح الطارئ.</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="205"/>
        <source>Emergency wipe</source>
        <translation>المسح الطارئ</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="206"/>
        <source>The emergency wipe did not finish. Try again, or delete the data folder.</source>
        <translation>لم يكتمل المسح الطارئ. حاول مرة أخرى، أو احذف مجلد البيانات.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../ui/review_page.py" line="83"/>
        <source>Approve “{title}”</source>
        <translation>الموافقة على «{title}»</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="91"/>
        <source>(not assessed)</source>
        <translation>(لم تُقيَّم)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="95"/>
        <source>Optional: what the review found</source>
        <translation>اختياري: ما توصلت إليه المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="100"/>
        <source>&amp;Verification standard</source>
        <translation>&amp;معيار التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="101"/>
        <source>&amp;Credibility</source>
        <translation>&amp;المصداقية</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="102"/>
        <source>C&amp;omment</source>
        <translation>&amp;تعليق</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="107"/>
        <source>&amp;Approve</source>
        <translation>&amp;موافقة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="114"/>
        <source>Approving makes the record reviewed, with you as its reviewer and today as the date of verification.</source>
        <translation>بالموافقة يصبح السجل مُراجَعًا، وتكون أنت مراجعه وتاريخ اليوم تاريخ التحقق.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="128"/>
        <source>Verification standard: choose one in the list</source>
        <translation>معيار التحقق: اختر واحدًا من القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="134"/>
        <source>Comment: at most {n} characters</source>
        <translation>التعليق: {n} حرفًا على الأكثر</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="123"/>
        <source>New risk assessment</source>
        <translation>تقييم جديد للمخاطر</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Risk factor</source>
        <translation>عامل الخطر</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Rationale</source>
        <translation>المبررات</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="150"/>
        <source>— not assessed</source>
        <translation>— لم يُقيَّم</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="127"/>
        <location filename="../../ui/situation_dialogs.py" line="206"/>
        <source>Assessed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="57"/>
        <source>Indicators:</source>
        <translation>المؤشرات:</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="133"/>
        <source>Risk factors</source>
        <translation>عوامل الخطر</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="153"/>
        <source>Level: {factor}</source>
        <translation>المستوى: {factor}</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="157"/>
        <source>— from the last assessment</source>
        <translation>— وفق آخر تقييم</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="160"/>
        <source>Trend: {factor}</source>
        <translation>الاتجاه: {factor}</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="166"/>
        <source>Rationale: {factor}</source>
        <translation>المبررات: {factor}</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="177"/>
        <source>Evidence for the risk factor</source>
        <translation>الأدلة على عامل الخطر</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="186"/>
        <source>Evidence: incidents</source>
        <translation>الأدلة: الحوادث</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="197"/>
        <source>Evidence: humanitarian series</source>
        <translation>الأدلة: السلاسل الإنسانية</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="207"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="209"/>
        <source>Evidence for</source>
        <translation>الأدلة على</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="210"/>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="211"/>
        <source>Humanitarian series</source>
        <translation>السلاسل الإنسانية</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="232"/>
        <source>{measure} in {place} ({dataset})</source>
        <translation>{measure} في {place} ({dataset})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/situation_dialogs.py" line="277"/>
        <source>{factor} (%n incident(s))</source>
        <translation>
            <numerusform>{factor} (%n حادثة)</numerusform>
            <numerusform>{factor} (حادثة واحدة)</numerusform>
            <numerusform>{factor} (حادثتان)</numerusform>
            <numerusform>{factor} (%n حوادث)</numerusform>
            <numerusform>{factor} (%n حادثة)</numerusform>
            <numerusform>{factor} (%n حادثة)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/review_page.py" line="198"/>
        <source>Assign to a reviewer</source>
        <translation>إسناد إلى مراجع</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="202"/>
        <source>(no one: any reviewer)</source>
        <translation>(لا أحد: أي مراجع)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="210"/>
        <source>&amp;Reviewer</source>
        <translation>&amp;المراجع</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="213"/>
        <source>A reviewer on another laptop of the team: type their user name.</source>
        <translation>مراجع على حاسوب آخر للفريق: اكتب اسم المستخدم الخاص به.</translation>
    </message>
</context>
<context>
    <name>AudienceCombo</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="396"/>
        <source>Internal: the country team</source>
        <translation>داخلي: الفريق القطري</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="397"/>
        <source>United Nations system</source>
        <translation>منظومة الأمم المتحدة</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="398"/>
        <source>Trusted partners</source>
        <translation>الشركاء الموثوقون</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="399"/>
        <source>Public</source>
        <translation>عامة الجمهور</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <location filename="../../ui/briefing_panel.py" line="81"/>
        <location filename="../../ui/briefing_panel.py" line="120"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="82"/>
        <location filename="../../ui/briefing_panel.py" line="121"/>
        <source>To</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="84"/>
        <location filename="../../ui/briefing_panel.py" line="170"/>
        <source>Briefing template</source>
        <translation>قالب الإحاطة</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="86"/>
        <source>Security Council horizon scanning</source>
        <translation>استشراف الآفاق لمجلس الأمن</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="87"/>
        <source>Deputy Secretary-General briefing Member States</source>
        <translation>إحاطة نائبة الأمين العام للدول الأعضاء</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="88"/>
        <source>Article 99</source>
        <translation>المادة 99</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="92"/>
        <source>A template of my own…</source>
        <translation>قالب خاص بي…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="96"/>
        <location filename="../../ui/briefing_panel.py" line="123"/>
        <source>Audience</source>
        <translation>الجمهور المستهدف</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="98"/>
        <location filename="../../ui/briefing_panel.py" line="124"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="103"/>
        <source>Standard of proof</source>
        <translation>معيار الإثبات</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="109"/>
        <source>Situations of concern in the briefing</source>
        <translation>الحالات المثيرة للقلق في الإحاطة</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="110"/>
        <source>Countries of the briefing</source>
        <translation>بلدان الإحاطة</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="112"/>
        <source>What the UN asks of Member States</source>
        <translation>ما تطلبه الأمم المتحدة من الدول الأعضاء</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="114"/>
        <source>In your words: what the UN asks of Member States, printed as written</source>
        <translation>بكلماتك: ما تطلبه الأمم المتحدة من الدول الأعضاء، يُطبع كما كُتب</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="122"/>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="125"/>
        <source>Figures at</source>
        <translation>الأرقام عند مستوى</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="126"/>
        <source>Situations</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="127"/>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="128"/>
        <source>Asks</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="129"/>
        <source>Save briefing as PDF…</source>
        <translation>حفظ الإحاطة بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="136"/>
        <source>None ticked: every situation of the countries ticked, or of every country, whose dates meet the period. What the audience may read is decided before the briefing is drawn, by the rules of reports.</source>
        <translation>إن لم يُحدَّد شيء: كل حالات البلدان المحددة، أو كل البلدان، التي تتقاطع تواريخها مع الفترة. يُقرَّر ما يجوز للجمهور قراءته قبل رسم الإحاطة، وفق قواعد التقارير.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="170"/>
        <source>Templates (*.json)</source>
        <translation>القوالب (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="199"/>
        <source>Save briefing</source>
        <translation>حفظ الإحاطة</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="199"/>
        <source>PDF (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="216"/>
        <source>Gathering the briefing…</source>
        <translation>جارٍ جمع الإحاطة…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="229"/>
        <source>{situations} situation(s), SHA-256 {digest}</source>
        <translation>عدد الحالات: {situations}، SHA-256 {digest}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="245"/>
        <source>Saving the briefing</source>
        <translation>جارٍ حفظ الإحاطة</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="249"/>
        <source>The briefing could not be saved.</source>
        <translation>تعذّر حفظ الإحاطة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/briefing_panel.py" line="253"/>
        <source>Saved %n page(s).</source>
        <translation>
            <numerusform>حُفظت %n صفحة.</numerusform>
            <numerusform>حُفظت صفحة واحدة.</numerusform>
            <numerusform>حُفظت صفحتان.</numerusform>
            <numerusform>حُفظت %n صفحات.</numerusform>
            <numerusform>حُفظت %n صفحةً.</numerusform>
            <numerusform>حُفظت %n صفحة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="267"/>
        <source>The briefing could not be made.</source>
        <translation>تعذّر إعداد الإحاطة.</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="104"/>
        <source>Change selected incidents</source>
        <translation>تغيير الحوادث المحددة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_dialog.py" line="107"/>
        <source>Change the %n selected incident(s) at once.</source>
        <translation>
            <numerusform>تغيير الحوادث المحددة دفعة واحدة.</numerusform>
            <numerusform>تغيير الحادثة المحددة دفعة واحدة.</numerusform>
            <numerusform>تغيير الحادثتين المحددتين دفعة واحدة.</numerusform>
            <numerusform>تغيير %n حوادث محددة دفعة واحدة.</numerusform>
            <numerusform>تغيير %n حادثة محددة دفعة واحدة.</numerusform>
            <numerusform>تغيير %n حادثة محددة دفعة واحدة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="111"/>
        <source>What to change</source>
        <translation>ما الذي يُغيَّر</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="112"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="113"/>
        <source>Confidentiality</source>
        <translation>السرية</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="114"/>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="116"/>
        <source>Add to a situation</source>
        <translation>إضافة إلى حالة</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="118"/>
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="124"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="125"/>
        <location filename="../../ui/bulk_dialog.py" line="133"/>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="134"/>
        <source>To</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="162"/>
        <source>Counting what the change does…</source>
        <translation>جارٍ حساب ما سيغيّره التعديل…</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="183"/>
        <source>Nothing was changed.</source>
        <translation>لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="186"/>
        <source>Changing the incidents…</source>
        <translation>جارٍ تغيير الحوادث…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_dialog.py" line="199"/>
        <source>Changed %n incident(s); {unchanged} already had that value.</source>
        <translation>
            <numerusform>لم تُغيَّر أي حادثة؛ {unchanged} كانت لها هذه القيمة من قبل.</numerusform>
            <numerusform>غُيِّرت حادثة واحدة؛ {unchanged} كانت لها هذه القيمة من قبل.</numerusform>
            <numerusform>غُيِّرت حادثتان؛ {unchanged} كانت لها هذه القيمة من قبل.</numerusform>
            <numerusform>غُيِّرت %n حوادث؛ {unchanged} كانت لها هذه القيمة من قبل.</numerusform>
            <numerusform>غُيِّرت %n حادثة؛ {unchanged} كانت لها هذه القيمة من قبل.</numerusform>
            <numerusform>غُيِّرت %n حادثة؛ {unchanged} كانت لها هذه القيمة من قبل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="211"/>
        <source>Nothing was changed: {reason}</source>
        <translation>لم يُغيَّر شيء: {reason}</translation>
    </message>
</context>
<context>
    <name>CitedIncidents</name>
    <message>
        <location filename="../../ui/incident_picker.py" line="228"/>
        <source>Add incidents…</source>
        <translation>إضافة حوادث…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="229"/>
        <source>Add incidents: {list}</source>
        <translation>إضافة حوادث: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="231"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="232"/>
        <source>Remove from {list}</source>
        <translation>إزالة من: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="263"/>
        <source>The incidents could not be named.</source>
        <translation>تعذّر عرض أسماء الحوادث.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="273"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="276"/>
        <source>(not on this device) {id}</source>
        <translation>(غير موجودة على هذا الجهاز) {id}</translation>
    </message>
</context>
<context>
    <name>ConfirmWideningDialog</name>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="39"/>
        <source>Let more people read these records?</source>
        <translation>هل تسمح لعدد أكبر من الناس بقراءة هذه السجلات؟</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="41"/>
        <source>the country team</source>
        <translation>الفريق القطري</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="42"/>
        <source>the United Nations system</source>
        <translation>منظومة الأمم المتحدة</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="43"/>
        <source>trusted partners</source>
        <translation>الشركاء الموثوقون</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="44"/>
        <source>the public</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="49"/>
        <source>This change applies to {selected} selected incident(s). It lets {audience} read {count} of them, which they cannot read now.</source>
        <translation>ينطبق هذا التغيير على {selected} من الحوادث المحددة. وهو يتيح لـ{audience} قراءة {count} منها، لا يمكنهم قراءتها الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="59"/>
        <source>{count} of them have no summary cleared for partners and the public: their narrative is never released; outside the UN they are counted, without an account, until a second user clears a summary.</source>
        <translation>{count} منها ليس لها ملخص مُجاز للشركاء والجمهور: لا يُكشف سردها أبدًا؛ وخارج الأمم المتحدة تُحتسب دون سرد إلى أن يجيز مستخدم ثانٍ ملخصًا.</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="67"/>
        <source>What the change does</source>
        <translation>ما يفعله التغيير</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="70"/>
        <source>Let {audience} read them</source>
        <translation>السماح لـ{audience} بقراءتها</translation>
    </message>
</context>
<context>
    <name>CoordinationPanel</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="112"/>
        <source>Task force…</source>
        <translation>فرقة العمل…</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="113"/>
        <source>Edit the task force</source>
        <translation>تعديل فرقة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="117"/>
        <source>Versions of the consolidated guidance</source>
        <translation>إصدارات التوجيهات الموحدة</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="119"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="120"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="121"/>
        <source>Issued on</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="122"/>
        <source>Issued by</source>
        <translation>أصدرها</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="123"/>
        <source>Acknowledged</source>
        <translation>الإقرار</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="124"/>
        <source>Acknowledged by</source>
        <translation>أقرّ بها</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="125"/>
        <source>Recorded by</source>
        <translation>سجّلها</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="133"/>
        <source>Text of the guidance version</source>
        <translation>نص إصدار التوجيهات</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="134"/>
        <source>Issue new version…</source>
        <translation>إصدار نسخة جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="136"/>
        <source>Record acknowledgement…</source>
        <translation>تسجيل الإقرار…</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="142"/>
        <source>&lt;b&gt;Inter-agency task force&lt;/b&gt;</source>
        <translation>&lt;b&gt;فرقة العمل المشتركة بين الوكالات&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="146"/>
        <source>&lt;b&gt;Consolidated guidance to the RC/HC&lt;/b&gt;</source>
        <translation>&lt;b&gt;التوجيهات الموحدة إلى المنسق المقيم/منسق الشؤون الإنسانية&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="191"/>
        <source>The task force and guidance could not be loaded.</source>
        <translation>تعذّر تحميل فرقة العمل والتوجيهات.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="212"/>
        <source>Yes, on {date}</source>
        <translation>نعم، في {date}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="214"/>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="237"/>
        <source>{user}, on behalf of {rc}</source>
        <translation>{user}، نيابة عن {rc}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="242"/>
        <source>{user}, on the RC office&apos;s own device</source>
        <translation>{user}، على جهاز مكتب المنسق المقيم نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="247"/>
        <source>No task force yet. Set one up with Task force….</source>
        <translation>لا توجد فرقة عمل بعد. أنشئ واحدة بزر فرقة العمل….</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="252"/>
        <source>{name} (since {date})</source>
        <translation>{name} (منذ {date})</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="255"/>
        <source>Members: {members}</source>
        <translation>الأعضاء: {members}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="259"/>
        <source>, appointed on {date}</source>
        <translation>، عُيّن في {date}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="265"/>
        <source>Situation Response Coordinator: {name} ({entity}){appointed}</source>
        <translation>منسق الاستجابة للحالة: {name} ({entity}){appointed}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="272"/>
        <source>No Situation Response Coordinator appointed.</source>
        <translation>لم يُعيَّن منسق للاستجابة للحالة.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="294"/>
        <source>Acknowledged by {rc} on {date}; recorded by {who}.</source>
        <translation>أقرّ بها {rc} في {date}؛ سجّلها {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="300"/>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets.py" line="330"/>
        <source>YYYY-MM-DD (none)</source>
        <translation>YYYY-MM-DD (لا تاريخ)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="330"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="337"/>
        <source>Calendar…</source>
        <translation>التقويم…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="338"/>
        <source>{field}: pick in a calendar</source>
        <translation>{field}: اختر من التقويم</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="342"/>
        <source>{field}: calendar</source>
        <translation>{field}: التقويم</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="411"/>
        <source>{field}: a date is needed.</source>
        <translation>{field}: يلزم تاريخ.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="417"/>
        <source>{field}: “{text}” is not a date. Write it as YYYY-MM-DD, or pick it in the calendar.</source>
        <translation>{field}: «{text}» ليس تاريخًا. اكتبه بالشكل YYYY-MM-DD أو اختره من التقويم.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="425"/>
        <source>{field}: {date} is after {latest}.</source>
        <translation>{field}: التاريخ {date} بعد {latest}.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="100"/>
        <location filename="../../ui/review_dialog.py" line="119"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="108"/>
        <location filename="../../ui/review_dialog.py" line="120"/>
        <source>UN entity</source>
        <translation>كيان الأمم المتحدة</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="110"/>
        <location filename="../../ui/review_dialog.py" line="122"/>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="111"/>
        <source>Make it a strategy action</source>
        <translation>تحويله إلى إجراء ضمن الاستراتيجية</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="112"/>
        <location filename="../../ui/review_dialog.py" line="124"/>
        <source>Pillar</source>
        <translation>الركيزة</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="113"/>
        <location filename="../../ui/review_dialog.py" line="125"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="114"/>
        <location filename="../../ui/review_dialog.py" line="126"/>
        <source>Lead UN entity</source>
        <translation>كيان الأمم المتحدة الرائد</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="118"/>
        <source>Situation</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="121"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="167"/>
        <source>Situation: choose the situation the decision is for.</source>
        <translation>الوضع: اختر الوضع الذي يخصه القرار.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="170"/>
        <source>Decision: say what was decided.</source>
        <translation>القرار: اذكر ما تقرر.</translation>
    </message>
</context>
<context>
    <name>DecisionStatusDialog</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="187"/>
        <source>Decision status</source>
        <translation>حالة القرار</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="199"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="200"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="201"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="211"/>
        <source>Why: done, blocked or dropped needs a reason.</source>
        <translation>السبب: القرار المنفَّذ أو المتعثر أو المُلغى يحتاج إلى سبب.</translation>
    </message>
</context>
<context>
    <name>DraftsBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Reopen drafts</source>
        <translation>إعادة &amp;فتح المسودات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Not now</source>
        <translation>&amp;ليس الآن</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Upfront kept %n unsaved draft(s) from an earlier session (for example after a crash or a lock). Reopen them to continue where you stopped.</source>
        <translation>
            <numerusform>احتفظ Upfront بـ %n مسودة غير محفوظة من جلسة سابقة (مثلًا بعد تعطل أو قفل). أعد فتحها لتكمل من حيث توقفت.</numerusform>
            <numerusform>احتفظ Upfront بمسودة واحدة غير محفوظة من جلسة سابقة (مثلًا بعد تعطل أو قفل). أعد فتحها لتكمل من حيث توقفت.</numerusform>
            <numerusform>احتفظ Upfront بمسودتين غير محفوظتين من جلسة سابقة (مثلًا بعد تعطل أو قفل). أعد فتحها لتكمل من حيث توقفت.</numerusform>
            <numerusform>احتفظ Upfront بـ %n مسودات غير محفوظة من جلسة سابقة (مثلًا بعد تعطل أو قفل). أعد فتحها لتكمل من حيث توقفت.</numerusform>
            <numerusform>احتفظ Upfront بـ %n مسودة غير محفوظة من جلسة سابقة (مثلًا بعد تعطل أو قفل). أعد فتحها لتكمل من حيث توقفت.</numerusform>
            <numerusform>احتفظ Upfront بـ %n مسودة غير محفوظة من جلسة سابقة (مثلًا بعد تعطل أو قفل). أعد فتحها لتكمل من حيث توقفت.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../ui/engagement_panel.py" line="238"/>
        <location filename="../../ui/engagement_panel.py" line="268"/>
        <source>Engagement</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="238"/>
        <source>New engagement</source>
        <translation>تواصل جديد</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="242"/>
        <location filename="../../ui/engagement_panel.py" line="259"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="247"/>
        <source>who from the UN engaged</source>
        <translation>من تواصل من الأمم المتحدة</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="249"/>
        <source>the authority, mission or body met</source>
        <translation>السلطة أو البعثة أو الهيئة التي جرى لقاؤها</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="254"/>
        <location filename="../../ui/engagement_panel.py" line="266"/>
        <source>Follow-up due</source>
        <translation>موعد المتابعة</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="260"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="261"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="262"/>
        <source>UN by</source>
        <translation>من الأمم المتحدة</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="263"/>
        <source>With whom</source>
        <translation>مع من</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="264"/>
        <source>What was asked</source>
        <translation>ما الذي طُلب</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="265"/>
        <source>What was answered</source>
        <translation>ما الذي أُجيب به</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="267"/>
        <source>Confidentiality</source>
        <translation>السرية</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="310"/>
        <source>{field}: is required.</source>
        <translation>{field}: حقل مطلوب.</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="329"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
</context>
<context>
    <name>EngagementPanel</name>
    <message>
        <location filename="../../ui/engagement_panel.py" line="66"/>
        <source>Engagement log</source>
        <translation>سجل التواصل</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="68"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="69"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="70"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="71"/>
        <source>UN by</source>
        <translation>من الأمم المتحدة</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="72"/>
        <source>With whom</source>
        <translation>مع من</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="73"/>
        <source>Follow-up due</source>
        <translation>موعد المتابعة</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="74"/>
        <source>Confidentiality</source>
        <translation>السرية</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="88"/>
        <source>Add engagement…</source>
        <translation>إضافة تواصل…</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="90"/>
        <source>Edit engagement…</source>
        <translation>تعديل التواصل…</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="135"/>
        <source>The engagement log could not be loaded.</source>
        <translation>تعذّر تحميل سجل التواصل.</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="146"/>
        <source>No engagement recorded yet. Add one with Add engagement….</source>
        <translation>لم يُسجَّل أي تواصل بعد. أضف واحدًا بزر إضافة تواصل….</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="155"/>
        <source>{date} — overdue</source>
        <translation>{date} — متأخر</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="193"/>
        <source>Asked: {asked}
Answered: {answered}</source>
        <translation>المطلوب: {asked}
الجواب: {answered}</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="89"/>
        <source>Enrol with HQ</source>
        <translation>التسجيل لدى المقر</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="115"/>
        <source>The address HQ gave you, beginning with https://</source>
        <translation>العنوان الذي أعطاك إياه المقر، ويبدأ بـ ⁦https://⁩</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="116"/>
        <source>Used once: HQ gives each device its own.</source>
        <translation>يُستخدم مرة واحدة: يعطي المقر كل جهاز رمزه الخاص.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="118"/>
        <source>64 letters and digits (0–9, A–F), as HQ gave them: spaces or colons are fine.</source>
        <translation>64 حرفًا ورقمًا (0–9، A–F) كما أعطاها المقر: المسافات والنقطتان مقبولة.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="120"/>
        <source>How HQ will call this computer.</source>
        <translation>الاسم الذي سيعرف به المقر هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="126"/>
        <source>HQ &amp;address</source>
        <translation>&amp;عنوان المقر</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="129"/>
        <source>&amp;Token</source>
        <translation>ال&amp;رمز المميز</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="133"/>
        <source>CA &amp;fingerprint</source>
        <translation>&amp;بصمة المرجع المصدق</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="137"/>
        <source>Device &amp;name</source>
        <translation>ا&amp;سم الجهاز</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="142"/>
        <location filename="../../ui/enrol_dialog.py" line="433"/>
        <source>Fingerprint of HQ&apos;s CA at this address</source>
        <translation>بصمة المرجع المصدق للمقر على هذا العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="150"/>
        <source>Fingerprint of HQ&apos;s CA</source>
        <translation>بصمة المرجع المصدق للمقر</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="152"/>
        <source>&amp;Show HQ&apos;s fingerprint</source>
        <translation>&amp;إظهار بصمة المقر</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="163"/>
        <source>&amp;Enrol</source>
        <translation>&amp;تسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="170"/>
        <source>Enrol this device with HQ</source>
        <translation>تسجيل هذا الجهاز لدى المقر</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="174"/>
        <source>Once enrolled, this device sends its records to HQ and receives those of its team. Type what HQ gave you exactly.</source>
        <translation>بعد التسجيل، يرسل هذا الجهاز سجلاته إلى المقر ويتلقى سجلات فريقه. اكتب ما أعطاك إياه المقر كما هو تمامًا.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="197"/>
        <source>HQ address: is empty. Type the address HQ gave you.</source>
        <translation>عنوان المقر: فارغ. اكتب العنوان الذي أعطاك إياه المقر.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="202"/>
        <source>HQ address: the port after the colon is not a number.</source>
        <translation>عنوان المقر: المنفذ بعد النقطتين ليس رقمًا.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="205"/>
        <location filename="../../ui/enrol_dialog.py" line="393"/>
        <source>HQ address: must begin with https:// followed by HQ&apos;s name, as HQ gave it.</source>
        <translation>عنوان المقر: يجب أن يبدأ بـ ⁦https://⁩ متبوعًا باسم المقر كما أعطاه المقر.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="215"/>
        <location filename="../../ui/enrol_dialog.py" line="395"/>
        <source>Token: is empty. Type the token HQ gave you.</source>
        <translation>الرمز المميز: فارغ. اكتب الرمز الذي أعطاك إياه المقر.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="219"/>
        <source>CA fingerprint: is empty. Type the fingerprint HQ gave you.</source>
        <translation>بصمة المرجع المصدق: فارغة. اكتب البصمة التي أعطاك إياها المقر.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="224"/>
        <source>CA fingerprint: must have 64 letters and digits (0–9, A–F); {count} typed. Check it against what HQ gave you.</source>
        <translation>بصمة المرجع المصدق: يجب أن تتكون من 64 حرفًا ورقمًا (0–9، A–F)؛ كُتب {count}. قارنها بما أعطاك إياه المقر.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="230"/>
        <source>Device name: is empty. Type a name HQ will know it by.</source>
        <translation>اسم الجهاز: فارغ. اكتب اسمًا يعرفه به المقر.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="264"/>
        <source>Asking HQ for its fingerprint…</source>
        <translation>جارٍ طلب البصمة من المقر…</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="284"/>
        <source>Not enrolled: correct the fields marked above.</source>
        <translation>لم يتم التسجيل: صحّح الحقول المشار إليها أعلاه.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="288"/>
        <source>Enrolling with HQ…</source>
        <translation>جارٍ التسجيل لدى المقر…</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="307"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="313"/>
        <source>Enrolled. HQ registered this device for an analyst ({entity}), for: {scope}. It reads records meant for: {audience}.</source>
        <translation>تم التسجيل. سجّل المقر هذا الجهاز لمحلل ({entity})، من أجل: {scope}. يقرأ السجلات المخصصة لـ: {audience}.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="318"/>
        <source>Enrolled. HQ registered this device for team {team} ({entity}). It reads records meant for: {audience}.</source>
        <translation>تم التسجيل. سجّل المقر هذا الجهاز للفريق {team} ({entity}). يقرأ السجلات المخصصة لـ: {audience}.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="340"/>
        <source>Not enrolled.</source>
        <translation>لم يتم التسجيل.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="346"/>
        <source>This is a sample store of fictitious records: it cannot enrol with HQ, and nothing was sent. Open your real store to enrol this device.</source>
        <translation>هذا مخزن تجريبي لسجلات وهمية: لا يمكنه التسجيل لدى المقر، ولم يُرسل أي شيء. افتح مخزنك الحقيقي لتسجيل هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="358"/>
        <location filename="../../ui/enrol_dialog.py" line="361"/>
        <source>Not enrolled: nothing was stored on this device.</source>
        <translation>لم يتم التسجيل: لم يُحفظ أي شيء على هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="367"/>
        <source>CA fingerprint: HQ&apos;s CA at this address has another fingerprint, shown below. Read it to HQ by phone. If HQ does not confirm it, do not enrol: the network may not be reaching the real HQ.</source>
        <translation>بصمة المرجع المصدق: للمرجع المصدق للمقر على هذا العنوان بصمة أخرى، معروضة أدناه. اقرأها للمقر عبر الهاتف. إن لم يؤكدها المقر فلا تسجّل: قد لا تصل الشبكة إلى المقر الحقيقي.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="372"/>
        <source>Token: HQ does not know this token. Check it for typing mistakes.</source>
        <translation>الرمز المميز: لا يعرف المقر هذا الرمز. تحقق من عدم وجود أخطاء في الكتابة.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="374"/>
        <source>Token: HQ says it was already used. Ask HQ for a new one.</source>
        <translation>الرمز المميز: يقول المقر إنه استُخدم من قبل. اطلب من المقر رمزًا جديدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="375"/>
        <source>Token: HQ says it has expired. Ask HQ for a new one.</source>
        <translation>الرمز المميز: يقول المقر إنه انتهت صلاحيته. اطلب من المقر رمزًا جديدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="377"/>
        <source>HQ address: HQ could not be reached there. Check the address and that this computer is online, then try again.</source>
        <translation>عنوان المقر: تعذّر الوصول إلى المقر على هذا العنوان. تحقق من العنوان ومن اتصال هذا الحاسوب بالشبكة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="381"/>
        <source>HQ address: no secure connection could be made with HQ there. Check the address with HQ.</source>
        <translation>عنوان المقر: تعذّر إنشاء اتصال آمن بالمقر على هذا العنوان. تحقق من العنوان مع المقر.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="385"/>
        <source>HQ address: the address answers, but not as Upfront HQ. Check it with HQ.</source>
        <translation>عنوان المقر: العنوان يستجيب، لكن ليس بوصفه مقر Upfront. تحقق منه مع المقر.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="397"/>
        <source>CA fingerprint: must have 64 letters and digits (0–9, A–F). Check it against what HQ gave you.</source>
        <translation>بصمة المرجع المصدق: يجب أن تتكون من 64 حرفًا ورقمًا (0–9، A–F). قارنها بما أعطاك إياه المقر.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="403"/>
        <source>HQ refused to enrol this device. Tell HQ what you typed and when.</source>
        <translation>رفض المقر تسجيل هذا الجهاز. أخبر المقر بما كتبته ومتى.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="417"/>
        <source>Press Show HQ&apos;s fingerprint to see the fingerprint of the CA at this address, and read it to HQ by phone before you enrol.</source>
        <translation>اضغط «إظهار بصمة المقر» لرؤية بصمة المرجع المصدق على هذا العنوان، واقرأها للمقر عبر الهاتف قبل التسجيل.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="425"/>
        <source>Fingerprint of HQ&apos;s CA, now trusted</source>
        <translation>بصمة المرجع المصدق للمقر، موثوقة الآن</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="428"/>
        <source>This device now trusts only the HQ with this CA. HQ can confirm it by phone, group by group.</source>
        <translation>يثق هذا الجهاز الآن بالمقر صاحب هذا المرجع المصدق فقط. يمكن للمقر تأكيده عبر الهاتف، مجموعة تلو الأخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="443"/>
        <source>Read these groups to HQ by phone. Enrol only if HQ confirms every one of them.</source>
        <translation>اقرأ هذه المجموعات للمقر عبر الهاتف. لا تسجّل إلا إذا أكدها المقر كلها.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="448"/>
        <source>It is the fingerprint you typed.</source>
        <translation>إنها البصمة التي كتبتها.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="451"/>
        <source>It is NOT the fingerprint you typed: do not enrol before HQ confirms.</source>
        <translation>ليست البصمة التي كتبتها: لا تسجّل قبل أن يؤكد المقر.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1090"/>
        <source>What the export leaves out</source>
        <translation>ما يستبعده التصدير</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1278"/>
        <source>What the export leaves out could not be counted.</source>
        <translation>تعذّر حساب ما يستبعده التصدير.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1288"/>
        <source>Of the {total} incident(s) recorded for this period and scope, {included} go into this export.</source>
        <translation>من بين {total} حادثة مسجلة لهذه الفترة وهذا النطاق، يدخل {included} في هذا التصدير.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1296"/>
        <source>No incident of this period and scope is left out.</source>
        <translation>لم تُستبعد أي حادثة من هذه الفترة وهذا النطاق.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1299"/>
        <source>Left out as drafts, not yet submitted for review: {count}.</source>
        <translation>مستبعدة لأنها مسودات لم تُقدَّم للمراجعة بعد: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1301"/>
        <source>Left out as more confidential than this audience: {count}.</source>
        <translation>مستبعدة لأن سريتها تتجاوز هذا الجمهور: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1304"/>
        <source>Left out as found false or rejected: {count}.</source>
        <translation>مستبعدة لأنه ثبت زيفها أو رُفضت: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1078"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1079"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1053"/>
        <location filename="../../ui/exchange_dialogs.py" line="1218"/>
        <source>Export incidents</source>
        <translation>تصدير الحوادث</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1056"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1057"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1058"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1059"/>
        <source>HXL</source>
        <translation>HXL</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1064"/>
        <source>One row per incident</source>
        <translation>صف واحد لكل حادثة</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1065"/>
        <source>One row per act of violation</source>
        <translation>صف واحد لكل فعل انتهاك</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1066"/>
        <source>Counts per week, region and violation type</source>
        <translation>أعداد حسب الأسبوع والمنطقة ونوع الانتهاك</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1075"/>
        <source>Limit to dates</source>
        <translation>الاقتصار على الفترة من</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1083"/>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1084"/>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1085"/>
        <source>(any country)</source>
        <translation>(أي بلد)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1103"/>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1121"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1125"/>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1126"/>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1127"/>
        <source>Audience</source>
        <translation>الجمهور المستهدف</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1129"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1130"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="1135"/>
        <source>Only the %n incident(s) selected in the list.</source>
        <translation>
            <numerusform>لا حوادث محددة في القائمة.</numerusform>
            <numerusform>الحادثة المحددة في القائمة فقط.</numerusform>
            <numerusform>الحادثتان المحددتان في القائمة فقط.</numerusform>
            <numerusform>الحوادث الـ%n المحددة في القائمة فقط.</numerusform>
            <numerusform>الحوادث الـ%n المحددة في القائمة فقط.</numerusform>
            <numerusform>الحوادث الـ%n المحددة في القائمة فقط.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1168"/>
        <source>Leaves nothing out: every record, drafts included, with every name and place. For the country team only.</source>
        <translation>لا يُستبعد شيء: كل السجلات، بما فيها المسودات، مع كل الأسماء والأماكن. للفريق القطري فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1172"/>
        <source>Leaves out records marked internal, drafts and records found false; the names of protected people, of people whose consent does not reach the UN, of sources, perpetrators and staff.</source>
        <translation>تُستبعد السجلات المصنّفة «داخلي» والمسودات والسجلات التي ثبت زيفها؛ وأسماء الأشخاص المحميين، والأشخاص الذين لا تمتد موافقتهم إلى الأمم المتحدة، والمصادر، والجناة، والموظفين.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1177"/>
        <source>Counts only, never a row per record: acts of violation per week, region and type, from records cleared for partners (no drafts, no records found false); counts under the report threshold are hidden.</source>
        <translation>أعداد فقط، ولا صف لكل سجل أبدًا: أفعال الانتهاك حسب الأسبوع والمنطقة والنوع، من السجلات المسموح بها للشركاء (دون المسودات أو السجلات التي ثبت أنها كاذبة)؛ وتُخفى الأعداد التي تقل عن عتبة التقرير.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1183"/>
        <source>Counts only, never a row per record: acts of violation per week, region and type, from records marked public (no drafts, no records found false); counts under the report threshold are hidden.</source>
        <translation>أعداد فقط، ولا صف لكل سجل أبدًا: أفعال الانتهاك حسب الأسبوع والمنطقة والنوع، من السجلات الموسومة بأنها علنية (دون المسودات أو السجلات التي ثبت أنها كاذبة)؛ وتُخفى الأعداد التي تقل عن عتبة التقرير.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1210"/>
        <source>CSV (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1211"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1212"/>
        <source>JSON (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1213"/>
        <source>HXL (*.csv)</source>
        <translation>ملفات HXL (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1236"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="1331"/>
        <source>Exported %n incident(s) (SHA-256 {digest}).</source>
        <translation>
            <numerusform>صُدِّرت %n حادثة (SHA-256 {digest}).</numerusform>
            <numerusform>صُدِّرت حادثة واحدة (SHA-256 {digest}).</numerusform>
            <numerusform>صُدِّرت حادثتان (SHA-256 {digest}).</numerusform>
            <numerusform>صُدِّرت %n حوادث (SHA-256 {digest}).</numerusform>
            <numerusform>صُدِّرت %n حادثة (SHA-256 {digest}).</numerusform>
            <numerusform>صُدِّرت %n حادثة (SHA-256 {digest}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1341"/>
        <source>The export could not be written.</source>
        <translation>تعذّرت كتابة الملف المصدَّر.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1239"/>
        <source>Exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1326"/>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ ولم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="91"/>
        <source>Set up Upfront</source>
        <translation>إعداد Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="105"/>
        <source>The name colleagues know you by</source>
        <translation>الاسم الذي يعرفك به زملاؤك</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="122"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="124"/>
        <source>Your &amp;name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="127"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="127"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;أعد كتابة عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="130"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="131"/>
        <source>Create store</source>
        <translation>إنشاء المخزن</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="135"/>
        <source>Use an &amp;existing data folder…</source>
        <translation>استخدام مجلد بيانات م&amp;وجود…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="139"/>
        <source>Open records that are already kept in a folder on this computer or a shared drive, instead of creating new ones.</source>
        <translation>فتح سجلات محفوظة مسبقًا في مجلد على هذا الحاسوب أو على محرك أقراص مشترك، بدلًا من إنشاء سجلات جديدة.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="145"/>
        <source>&amp;Look around with sample data</source>
        <translation>ال&amp;تجوّل باستخدام بيانات نموذجية</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="149"/>
        <source>Open a separate store of fictitious incidents, situations and a strategy, to see every page at work. It is kept apart from your own records and can never be sent to HQ.</source>
        <translation>يفتح مخزناً منفصلاً لحوادث وحالات واستراتيجية وهمية، لرؤية كل صفحة وهي تعمل. يُحفظ بمعزل عن سجلاتك ولا يمكن إرساله إلى المقر أبداً.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="166"/>
        <source>Set up Upfront on this computer</source>
        <translation>إعداد Upfront على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="168"/>
        <source>Your records are kept on this computer, encrypted. Choose the name that will appear in the history of your records, and a passphrase: you will enter it each time you open Upfront.</source>
        <translation>تُحفظ سجلاتك على هذا الحاسوب مشفّرة. اختر الاسم الذي سيظهر في سجل تعديلات سجلاتك، وعبارة مرور ستُدخلها في كل مرة تفتح فيها Upfront.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="204"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="210"/>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="214"/>
        <source>Printing arrives with the reports work. Until then, copy the key into a safe place or write it down.</source>
        <translation>ستتوفر الطباعة مع العمل على التقارير. حتى ذلك الحين، انسخ المفتاح إلى مكان آمن أو اكتبه.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="218"/>
        <source>I have &amp;stored the recovery key safely</source>
        <translation>لقد &amp;حفظت مفتاح الاسترداد في مكان آمن</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="219"/>
        <source>C&amp;ontinue</source>
        <translation>م&amp;تابعة</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="235"/>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="237"/>
        <source>If you forget your passphrase, this key is the only way to open your records. It is shown only this once. Print it or write it down, and keep it somewhere safe away from this computer: anyone who has both can read the records.</source>
        <translation>إذا نسيت عبارة المرور، فهذا المفتاح هو الوسيلة الوحيدة لفتح سجلاتك. لا يُعرض إلا هذه المرة. اطبعه أو اكتبه واحفظه في مكان آمن بعيدًا عن هذا الحاسوب: من يملك الاثنين معًا يستطيع قراءة السجلات.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="303"/>
        <source>Creating the encrypted store…</source>
        <translation>جارٍ إنشاء المخزن المشفّر…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="339"/>
        <source>Choose the existing data folder</source>
        <translation>اختر مجلد البيانات الموجود</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="351"/>
        <source>Looking for a store in that folder…</source>
        <translation>جارٍ البحث عن مخزن في هذا المجلد…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="364"/>
        <source>There is no Upfront store in this folder. Choose the folder that holds keys.json:
{folder}</source>
        <translation>لا يوجد مخزن Upfront في هذا المجلد. اختر المجلد الذي يحتوي على keys.json:
{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="390"/>
        <source>Making the sample store…</source>
        <translation>جارٍ إنشاء المخزن النموذجي…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="418"/>
        <source>Store</source>
        <translation>المخزن</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="419"/>
        <source>Created by</source>
        <translation>أنشأه</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="420"/>
        <source>Created on</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="427"/>
        <source>Upfront recovery key</source>
        <translation>مفتاح الاسترداد في Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="436"/>
        <source>This key opens the encrypted Upfront records on one computer if the passphrase is forgotten. Keep this sheet locked away, separate from the computer. Do not photograph it or send it by e-mail or messenger.</source>
        <translation>يفتح هذا المفتاح سجلات Upfront المشفّرة على حاسوب واحد إذا نُسيت عبارة المرور. احفظ هذه الورقة في مكان مقفل بعيدًا عن الحاسوب. لا تصوّرها ولا ترسلها بالبريد الإلكتروني أو عبر تطبيقات المراسلة.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="455"/>
        <source>Print the recovery key</source>
        <translation>طباعة مفتاح الاسترداد</translation>
    </message>
</context>
<context>
    <name>GuidanceDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="448"/>
        <source>Consolidated guidance, version {n}</source>
        <translation>التوجيهات الموحدة، الإصدار {n}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="451"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="452"/>
        <source>Guidance</source>
        <translation>التوجيهات</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="453"/>
        <source>Issued on</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="454"/>
        <source>Issued by</source>
        <translation>أصدرها</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="455"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="459"/>
        <source>A new version, begun from the latest: change what changed. Earlier versions stay as they were issued.</source>
        <translation>إصدار جديد يبدأ من الأخير: غيّر ما تغيّر. تبقى الإصدارات السابقة كما صدرت.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="463"/>
        <source>The first version of the guidance to the RC/HC.</source>
        <translation>الإصدار الأول من التوجيهات إلى المنسق المقيم/منسق الشؤون الإنسانية.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="472"/>
        <source>the office or official issuing it</source>
        <translation>المكتب أو المسؤول الذي يصدرها</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="16"/>
        <source>Record created</source>
        <translation>أُنشئ السجل</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="17"/>
        <source>Record deleted</source>
        <translation>حُذف السجل</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="18"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="19"/>
        <source>Date (from)</source>
        <translation>التاريخ (من)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="20"/>
        <source>Date (to)</source>
        <translation>التاريخ (إلى)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="21"/>
        <source>Date precision</source>
        <translation>دقة التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="22"/>
        <source>Date reported</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="23"/>
        <source>Narrative</source>
        <translation>سرد الوقائع</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="24"/>
        <source>Confidentiality</source>
        <translation>السرية</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="25"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="26"/>
        <source>Summary for partners and the public</source>
        <translation>ملخص للشركاء والجمهور</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="27"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="28"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="29"/>
        <source>Region ISO code</source>
        <translation>رمز ISO للمنطقة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="30"/>
        <source>Region P-code</source>
        <translation>الرمز P للمنطقة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="31"/>
        <source>District</source>
        <translation>المقاطعة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="32"/>
        <source>District P-code</source>
        <translation>الرمز P للمقاطعة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="33"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="34"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="35"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="36"/>
        <source>Location precision</source>
        <translation>دقة الموقع</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="37"/>
        <source>Sensitive location</source>
        <translation>موقع حساس</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="38"/>
        <source>Place not in the gazetteer</source>
        <translation>مكان غير مدرج في قائمة الأماكن</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="39"/>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="40"/>
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="41"/>
        <source>Verification date</source>
        <translation>تاريخ التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="42"/>
        <source>Credibility</source>
        <translation>المصداقية</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="43"/>
        <source>Violations</source>
        <translation>الانتهاكات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="44"/>
        <source>Victims</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="45"/>
        <source>Perpetrators</source>
        <translation>الجناة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="46"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="48"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="49"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="50"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="51"/>
        <source>(cleared)</source>
        <translation>(مُجاز)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="52"/>
        <source>Received from HQ</source>
        <translation>وارد من المقر</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.py" line="147"/>
        <source>Reading what needs you today…</source>
        <translation>جارٍ قراءة ما ينتظرك اليوم…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="149"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="150"/>
        <source>Read the counts again</source>
        <translation>إعادة قراءة الأعداد</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="159"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="171"/>
        <source>What needs you today</source>
        <translation>ما ينتظرك اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="180"/>
        <source>Home</source>
        <translation>الصفحة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="187"/>
        <source>Show my drafts</source>
        <translation>عرض مسوداتي</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="188"/>
        <source>Show all drafts</source>
        <translation>عرض كل المسودات</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="189"/>
        <source>Show the records waiting for my review</source>
        <translation>عرض السجلات التي تنتظر مراجعتي</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="190"/>
        <source>Show my records that came back from review</source>
        <translation>عرض سجلاتي التي أُعيدت من المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="191"/>
        <source>Show the strategies board (overdue actions)</source>
        <translation>عرض لوحة الاستراتيجيات (الإجراءات المتأخرة)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="192"/>
        <source>Show the strategies board (blocked actions)</source>
        <translation>عرض لوحة الاستراتيجيات (الإجراءات المتعثرة)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="193"/>
        <source>Show the situations of concern (late decisions)</source>
        <translation>عرض الحالات المثيرة للقلق (القرارات المتأخرة)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="194"/>
        <source>Show the situations of concern</source>
        <translation>عرض الأوضاع المثيرة للقلق</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="195"/>
        <source>Show the sync conflicts to merge</source>
        <translation>عرض تعارضات المزامنة التي يلزم دمجها</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="196"/>
        <source>Show the Sync page</source>
        <translation>عرض صفحة المزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="241"/>
        <source>Hello, {user}. Today is {date}.</source>
        <translation>مرحبًا، {user}. اليوم هو {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="264"/>
        <source>Here is what needs you today.</source>
        <translation>هذا ما ينتظرك اليوم.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="266"/>
        <source>Nothing needs you today.</source>
        <translation>لا شيء ينتظرك اليوم.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="274"/>
        <source>New deterioration signals, raised in the last {days} days</source>
        <translation>إشارات تدهور جديدة ظهرت خلال آخر {days} يومًا</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="276"/>
        <source>No new deterioration signal in the last {days} days</source>
        <translation>لا إشارات تدهور جديدة خلال آخر {days} يومًا</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="279"/>
        <source>{count} flagged in all</source>
        <translation>{count} مُؤشَّرة في المجموع</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="283"/>
        <source>My drafts to finish</source>
        <translation>مسوداتي التي يجب إكمالها</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="283"/>
        <source>No drafts to finish</source>
        <translation>لا مسودات يجب إكمالها</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="287"/>
        <source>Drafts on this device, everyone&apos;s</source>
        <translation>المسودات على هذا الجهاز، لجميع المستخدمين</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="289"/>
        <source>No drafts on this device</source>
        <translation>لا مسودات على هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="293"/>
        <source>Records waiting for my review</source>
        <translation>سجلات تنتظر مراجعتي</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="295"/>
        <source>No records waiting for my review</source>
        <translation>لا سجلات تنتظر مراجعتي</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="299"/>
        <source>Records I submitted that came back with a reviewer&apos;s comment</source>
        <translation>سجلات قدّمتُها وأُعيدت مع تعليق من المراجِع</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="301"/>
        <source>None of my submitted records came back</source>
        <translation>لم يُعَد أي من السجلات التي قدّمتُها</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="305"/>
        <source>Strategy actions past their due date</source>
        <translation>إجراءات استراتيجية تجاوزت موعدها النهائي</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="307"/>
        <source>No strategy action is overdue</source>
        <translation>لا إجراءات استراتيجية متأخرة</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="311"/>
        <source>Strategy actions blocked</source>
        <translation>إجراءات استراتيجية متعثرة</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="313"/>
        <source>No strategy action is blocked</source>
        <translation>لا إجراءات استراتيجية متعثرة</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="317"/>
        <source>Decisions of the quarterly review past their due date</source>
        <translation>قرارات الاستعراض الفصلي التي تجاوزت موعدها</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="319"/>
        <source>No decision of the quarterly review is late</source>
        <translation>لا يوجد قرار متأخر من قرارات الاستعراض الفصلي</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="324"/>
        <source>Sync conflicts to merge</source>
        <translation>تعارضات مزامنة يلزم دمجها</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="326"/>
        <source>No sync conflicts to merge</source>
        <translation>لا تعارضات مزامنة يلزم دمجها</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="333"/>
        <source>Not set up to sync with HQ</source>
        <translation>المزامنة مع المقر غير مُعدّة</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="335"/>
        <source>Changes waiting to go to HQ</source>
        <translation>تغييرات تنتظر الإرسال إلى المقر</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="337"/>
        <source>Nothing waiting to go to HQ</source>
        <translation>لا شيء ينتظر الإرسال إلى المقر</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="342"/>
        <source>last synced {when}</source>
        <translation>آخر مزامنة: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="344"/>
        <source>never synced yet</source>
        <translation>لم تتم أي مزامنة بعد</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="347"/>
        <source>last problem: {problem}</source>
        <translation>آخر مشكلة: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="355"/>
        <source>The counts could not be read.</source>
        <translation>تعذّرت قراءة الأعداد.</translation>
    </message>
</context>
<context>
    <name>HorizonPage</name>
    <message>
        <location filename="../../ui/horizon_page.py" line="95"/>
        <source>To</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="96"/>
        <source>The scan&apos;s last day: its last four weeks end here</source>
        <translation>آخر يوم في المسح: تنتهي عنده أسابيعه الأربعة الأخيرة</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="97"/>
        <source>&amp;To</source>
        <translation>&amp;حتى</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="104"/>
        <source>Standard of proof</source>
        <translation>معيار الإثبات</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="110"/>
        <source>Standard of &amp;proof</source>
        <translation>&amp;معيار الإثبات</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="112"/>
        <source>&amp;Scan</source>
        <translation>ا&amp;مسح</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="114"/>
        <source>Test every region and country the records name for a recent rise</source>
        <translation>اختبار كل منطقة وبلد تذكره السجلات بحثاً عن ارتفاع حديث</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="121"/>
        <source>Scan in progress</source>
        <translation>المسح جارٍ</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="137"/>
        <source>Press Scan to test every region and country the records name for a recent rise, including places no situation of concern covers yet.</source>
        <translation>اضغط «امسح» لاختبار كل منطقة وبلد تذكره السجلات بحثاً عن ارتفاع حديث، بما في ذلك الأماكن التي لا تشملها بعد أي حالة مثيرة للقلق.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="149"/>
        <source>How is this ranked?</source>
        <translation>كيف يُرتَّب هذا؟</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="162"/>
        <source>Places flagged by the scan, ranked</source>
        <translation>الأماكن التي رصدها المسح، مرتبة</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="165"/>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="166"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="167"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="168"/>
        <location filename="../../ui/horizon_page.py" line="490"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="169"/>
        <source>Strongest signal</source>
        <translation>أقوى إشارة</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="170"/>
        <source>Per week</source>
        <translation>في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="171"/>
        <source>Ratio</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="172"/>
        <source>Adjusted p</source>
        <translation>p المعدّلة</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="173"/>
        <source>At standard</source>
        <translation>وفق المعيار</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="174"/>
        <source>Situation</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="178"/>
        <source>Not flagged by the previous scan</source>
        <translation>لم يرصده المسح السابق</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="180"/>
        <source>Acts a week in the last four weeks / a week in the 26 weeks before them</source>
        <translation>الأفعال في الأسبوع خلال الأسابيع الأربعة الأخيرة / في الأسبوع خلال الأسابيع الستة والعشرين السابقة لها</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="182"/>
        <source>How many times the weekly rate before: the rate ratio</source>
        <translation>كم ضعفاً للمعدل الأسبوعي السابق: نسبة المعدلين</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="184"/>
        <source>The chance of a rise this large by chance alone, corrected for the many places and types tested at once (Benjamini-Hochberg)</source>
        <translation>احتمال حدوث ارتفاع بهذا الحجم بمحض الصدفة، مصحَّحاً لكثرة الأماكن والأنواع المختبرة معاً (بنجاميني-هوخبرغ)</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="188"/>
        <source>Acts at or above the standard of proof in the last four weeks, and whether the rise is seen in them alone</source>
        <translation>الأفعال التي تبلغ معيار الإثبات أو تتجاوزه في الأسابيع الأربعة الأخيرة، وهل يظهر الارتفاع فيها وحدها</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="191"/>
        <source>The situations of concern that take in the place&apos;s acts</source>
        <translation>الحالات المثيرة للقلق التي تشمل أفعال هذا المكان</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="216"/>
        <source>The place chosen: signals, risk and figures</source>
        <translation>المكان المختار: الإشارات والمخاطر والأرقام</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="218"/>
        <source>P&amp;ropose a situation…</source>
        <translation>&amp;اقتراح حالة…</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="220"/>
        <source>A new situation of concern with this place, period and violation types</source>
        <translation>حالة جديدة مثيرة للقلق بهذا المكان والفترة وأنواع الانتهاكات</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="223"/>
        <source>&amp;Open situation</source>
        <translation>&amp;فتح الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="224"/>
        <source>Show the situation that covers this place</source>
        <translation>عرض الحالة التي تشمل هذا المكان</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="268"/>
        <source>The test: for every admin 1 region and every country, each violation type and all types together, the acts of the last {recent} weeks are compared with the {baseline} weeks before. A place is flagged when its rise is too large to be chance once corrected for the many places and types tested at once (Benjamini-Hochberg, false discovery rate {q}), with a rate at least {ratio} times the one before and at least {least} recent acts.</source>
        <translation>الاختبار: لكل منطقة من المستوى الإداري الأول ولكل بلد، ولكل نوع من الانتهاكات ولجميع الأنواع معاً، تُقارَن أفعال الأسابيع الـ{recent} الأخيرة بالأسابيع الـ{baseline} السابقة لها. يُرصد المكان عندما يكون ارتفاعه أكبر من أن يكون صدفة بعد التصحيح لكثرة الأماكن والأنواع المختبرة معاً (بنجاميني-هوخبرغ، معدل الاكتشافات الخاطئة {q})، مع معدل لا يقل عن {ratio} أضعاف المعدل السابق وما لا يقل عن {least} أفعال حديثة.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="283"/>
        <source>The rank: first the places whose rise is seen in the acts at or above the chosen standard of proof alone (at least {least} such acts in the last {recent} weeks, at least {ratio} times the rate before), then the others. Within each, by adjusted p (smallest first), then by ratio (largest first), then by acts at or above the standard in the last {recent} weeks (most first). A place&apos;s strongest signal is the one that ranks it.</source>
        <translation>الترتيب: أولاً الأماكن التي يظهر ارتفاعها في الأفعال التي تبلغ معيار الإثبات المختار أو تتجاوزه وحدها (ما لا يقل عن {least} من هذه الأفعال في الأسابيع الـ{recent} الأخيرة، وما لا يقل عن {ratio} أضعاف المعدل السابق)، ثم الأماكن الأخرى. وداخل كل مجموعة، حسب قيمة p المعدّلة (الأصغر أولاً)، ثم حسب النسبة (الأكبر أولاً)، ثم حسب الأفعال التي تبلغ المعيار أو تتجاوزه في الأسابيع الـ{recent} الأخيرة (الأكثر أولاً). أقوى إشارة للمكان هي التي تحدد ترتيبه.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="298"/>
        <source>All types</source>
        <translation>جميع الأنواع</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="307"/>
        <location filename="../../ui/horizon_page.py" line="329"/>
        <source>the device&apos;s own records</source>
        <translation>سجلات هذا الجهاز نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="312"/>
        <source>HQ&apos;s weekly counts over all of the scope&apos;s records ({countries}, as of {day}; small weeks suppressed, counted so that they can only make a rise harder to flag)</source>
        <translation>الأعداد الأسبوعية للمقر لجميع سجلات النطاق ({countries}، حتى {day}؛ الأسابيع الصغيرة محجوبة ومحسوبة بحيث لا يمكنها إلا أن تجعل رصد الارتفاع أصعب)</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="320"/>
        <source>and the device&apos;s own records elsewhere</source>
        <translation>وسجلات الجهاز نفسه في غير ذلك</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="327"/>
        <source>HQ&apos;s weekly counts</source>
        <translation>الأعداد الأسبوعية للمقر</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="334"/>
        <source>{place} (country)</source>
        <translation>{place} (بلد)</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="335"/>
        <source>{place} (region)</source>
        <translation>{place} (منطقة)</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="339"/>
        <source>from none</source>
        <translation>من لا شيء</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="341"/>
        <source>at least {ratio}×</source>
        <translation>{ratio}× على الأقل</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="342"/>
        <source>{ratio}×</source>
        <translation>{ratio}×</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="346"/>
        <source>&lt; {p}</source>
        <translation>&lt; {p}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="359"/>
        <source>Partly: {situations}</source>
        <translation>جزئياً: {situations}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="361"/>
        <source>No situation</source>
        <translation>لا توجد حالة</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="389"/>
        <source>Scanning…</source>
        <translation>جارٍ المسح…</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="417"/>
        <source>The scan could not be run.</source>
        <translation>تعذّر إجراء المسح.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="427"/>
        <source>The records have changed since this scan: scan again.</source>
        <translation>تغيّرت السجلات منذ هذا المسح: أعد المسح.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="433"/>
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n منطقة</numerusform>
            <numerusform>منطقة واحدة</numerusform>
            <numerusform>منطقتان</numerusform>
            <numerusform>%n مناطق</numerusform>
            <numerusform>%n منطقة</numerusform>
            <numerusform>%n منطقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="434"/>
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n بلد</numerusform>
            <numerusform>بلد واحد</numerusform>
            <numerusform>بلدان</numerusform>
            <numerusform>%n بلدان</numerusform>
            <numerusform>%n بلداً</numerusform>
            <numerusform>%n بلد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="435"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n سلسلة</numerusform>
            <numerusform>سلسلة واحدة</numerusform>
            <numerusform>سلسلتان</numerusform>
            <numerusform>%n سلاسل</numerusform>
            <numerusform>%n سلسلة</numerusform>
            <numerusform>%n سلسلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="436"/>
        <source>%n place(s) flagged</source>
        <translation>
            <numerusform>لم يُرصد أي مكان (%n)</numerusform>
            <numerusform>رُصد مكان واحد</numerusform>
            <numerusform>رُصد مكانان</numerusform>
            <numerusform>رُصدت %n أماكن</numerusform>
            <numerusform>رُصد %n مكاناً</numerusform>
            <numerusform>رُصد %n مكان</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="440"/>
        <source>Scan as of {date}, on {data}: {regions} and {countries} tested, {series} in all; {flagged}.</source>
        <translation>مسح حتى {date}، على {data}: اختُبرت {regions} و{countries}، {series} في المجموع؛ {flagged}.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="452"/>
        <source>The last {recent} weeks ({recent_from} to {recent_to}) against the {baseline} weeks before; acts counted apart at {standard} or above.</source>
        <translation>الأسابيع الـ{recent} الأخيرة (من {recent_from} إلى {recent_to}) مقابل الأسابيع الـ{baseline} السابقة لها؛ وتُحسب على حدة الأفعال التي تبلغ «{standard}» أو تتجاوزه.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="462"/>
        <source>Previous scan: as of {date}. New: not flagged by it.</source>
        <translation>المسح السابق: حتى {date}. جديد: لم يرصده.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="466"/>
        <source>No previous scan: every place flagged is new.</source>
        <translation>لا يوجد مسح سابق: كل مكان مرصود جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="472"/>
        <source>Nothing flagged.</source>
        <translation>لم يُرصد شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="494"/>
        <source>{recent} / {before}</source>
        <translation>{recent} / {before}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="507"/>
        <source>{count}, rise seen</source>
        <translation>{count}، الارتفاع ظاهر</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="509"/>
        <source>{count}, no rise</source>
        <translation>{count}، لا ارتفاع</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="535"/>
        <source>Rank {rank}: {place}, {country}; {situation}</source>
        <translation>الترتيب {rank}: {place}، {country}؛ {situation}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="580"/>
        <source>{rank}. {place}, {country}</source>
        <translation>{rank}. {place}، {country}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="594"/>
        <source>Signals flagged</source>
        <translation>الإشارات المرصودة</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="600"/>
        <source>{type}: {recent} acts in the last four weeks ({rate} a week) against {before} a week before, {ratio}; adjusted p {p}. At the standard or above: {count} recent acts, {rise}.</source>
        <translation>{type}: {recent} أفعال في الأسابيع الأربعة الأخيرة ({rate} في الأسبوع) مقابل {before} في الأسبوع قبلها، {ratio}؛ قيمة p المعدّلة {p}. عند المعيار أو فوقه: {count} أفعال حديثة، {rise}.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="611"/>
        <source>the rise is seen in them</source>
        <translation>الارتفاع ظاهر فيها</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="613"/>
        <source>the rise is not seen in them alone</source>
        <translation>الارتفاع غير ظاهر فيها وحدها</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="617"/>
        <source>Covered by {situations}.</source>
        <translation>تشمله {situations}.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="622"/>
        <source>Partly covered by {situations}.</source>
        <translation>تشمله جزئياً {situations}.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="626"/>
        <source>No situation covers it.</source>
        <translation>لا تشمله أي حالة.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="629"/>
        <source>HQ suppressed a small week of it: counted as the least it can be in the last four weeks and the most before, so the rise is at least as shown.</source>
        <translation>حجب المقر أسبوعًا صغيرًا منها: احتُسب بأدنى قيمة ممكنة في الأسابيع الأربعة الأخيرة وبأعلاها قبلها، فالارتفاع لا يقل عمّا هو مبيَّن.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="632"/>
        <source>New.</source>
        <translation>جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="636"/>
        <source>Risk factors that changed</source>
        <translation>عوامل الخطر التي تغيّرت</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="643"/>
        <source>{factor}: {level}, {trend}</source>
        <translation>{factor}: {level}، {trend}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="646"/>
        <source>worsening</source>
        <translation>يتفاقم</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="648"/>
        <source>improving</source>
        <translation>يتحسن</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="653"/>
        <source>{situation}, assessed on {date}: {changes}</source>
        <translation>{situation}، قُيِّمت في {date}: {changes}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="663"/>
        <source>No assessment of a situation here records a change.</source>
        <translation>لا يسجّل أي تقييم لحالة هنا أي تغيير.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="668"/>
        <source>Humanitarian figures</source>
        <translation>الأرقام الإنسانية</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="673"/>
        <source>Data: {source}</source>
        <translation>البيانات: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="697"/>
        <source>{place}: deterioration from {date}</source>
        <translation>{place}: تدهور منذ {date}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="723"/>
        <source>Situation saved. Scan again to see which places it covers.</source>
        <translation>حُفظت الحالة. أعد المسح لترى الأماكن التي تشملها.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="876"/>
        <source>Import incidents</source>
        <translation>استيراد الحوادث</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="913"/>
        <source>Stop the import?</source>
        <translation>إيقاف الاستيراد؟</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="915"/>
        <source>Nothing has been imported yet. The file and the choices made so far will be lost.</source>
        <translation>لم يُستورد أي شيء بعد. سيضيع الملف والخيارات التي اخترتها حتى الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="919"/>
        <source>Stop the import</source>
        <translation>إيقاف الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="920"/>
        <source>Go on importing</source>
        <translation>متابعة الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="993"/>
        <source>Incident id</source>
        <translation>معرّف الحادثة</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="994"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="995"/>
        <source>Date (from)</source>
        <translation>التاريخ (من)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="996"/>
        <source>Date (to)</source>
        <translation>التاريخ (إلى)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="997"/>
        <source>Date precision</source>
        <translation>دقة التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="998"/>
        <source>Date reported</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="999"/>
        <source>Narrative</source>
        <translation>سرد الوقائع</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1000"/>
        <source>Confidentiality</source>
        <translation>السرية</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1001"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1002"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1003"/>
        <source>Region (admin 1)</source>
        <translation>المنطقة (المستوى الإداري 1)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1004"/>
        <source>Region P-code (admin 1)</source>
        <translation>الرمز P للمنطقة (المستوى الإداري 1)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1005"/>
        <source>District (admin 2)</source>
        <translation>المقاطعة (المستوى الإداري 2)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1006"/>
        <source>District P-code (admin 2)</source>
        <translation>الرمز P للمقاطعة (المستوى الإداري 2)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1007"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1008"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1009"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1010"/>
        <source>GPS point</source>
        <translation>نقطة GPS</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1011"/>
        <source>Location precision</source>
        <translation>دقة الموقع</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1012"/>
        <source>Sensitive location</source>
        <translation>موقع حساس</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1013"/>
        <source>Place not in the gazetteer</source>
        <translation>مكان غير مدرج في قائمة الأماكن</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1014"/>
        <source>Verification status</source>
        <translation>حالة التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1015"/>
        <source>Credibility</source>
        <translation>المصداقية</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1016"/>
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1017"/>
        <source>Verification date</source>
        <translation>تاريخ التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1018"/>
        <source>Violation type</source>
        <translation>نوع الانتهاك</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1019"/>
        <source>Victims (count)</source>
        <translation>الضحايا (العدد)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1020"/>
        <source>Killed (count)</source>
        <translation>القتلى (العدد)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1021"/>
        <source>Injured (count)</source>
        <translation>الجرحى (العدد)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1022"/>
        <source>Perpetrator category</source>
        <translation>فئة الجاني</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1023"/>
        <source>Source type</source>
        <translation>نوع المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1024"/>
        <source>Source&apos;s connection</source>
        <translation>صلة المصدر بالوقائع</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1025"/>
        <source>Source reliability</source>
        <translation>موثوقية المصدر</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="145"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="164"/>
        <location filename="../../ui/incident_editor/editor.py" line="706"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="166"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="270"/>
        <location filename="../../ui/incident_editor/editor.py" line="311"/>
        <location filename="../../ui/incident_editor/editor.py" line="318"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="279"/>
        <source>Overview &amp;&amp; location</source>
        <translation>نظرة عامة والموقع</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="289"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="291"/>
        <source>Occurred from</source>
        <translation>تاريخ الوقوع من</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="296"/>
        <source>Occurred to</source>
        <translation>تاريخ الوقوع إلى</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="303"/>
        <source>Date reported</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="310"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="317"/>
        <source>Region (admin 1)</source>
        <translation>المنطقة (المستوى الإداري 1)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="326"/>
        <source>District (admin 2)</source>
        <translation>المقاطعة (المستوى الإداري 2)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="345"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="370"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="371"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="379"/>
        <source>Location precision</source>
        <translation>دقة الموقع</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="386"/>
        <location filename="../../ui/incident_editor/editor.py" line="389"/>
        <source>Confidentiality</source>
        <translation>السرية</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="392"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="397"/>
        <source>Narrative</source>
        <translation>سرد الوقائع</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="443"/>
        <source>&amp;Violations</source>
        <translation>الا&amp;نتهاكات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="451"/>
        <location filename="../../ui/incident_editor/editor.py" line="576"/>
        <location filename="../../ui/incident_editor/editor.py" line="646"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="454"/>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="455"/>
        <source>Victims</source>
        <translation>عدد الضحايا</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="458"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="461"/>
        <source>Method</source>
        <translation>الأسلوب</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="477"/>
        <source>Violation {number}</source>
        <translation>الانتهاك {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="478"/>
        <source>Add violation</source>
        <translation>إضافة انتهاك</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="485"/>
        <source>Reveal</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="487"/>
        <source>Show the protected name; the reveal is recorded in the audit log</source>
        <translation>إظهار الاسم المحمي؛ يُسجَّل الإظهار في سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="491"/>
        <location filename="../../ui/incident_editor/editor.py" line="549"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="493"/>
        <source>Reveal name</source>
        <translation>إظهار الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="496"/>
        <source>V&amp;ictims</source>
        <translation>ال&amp;ضحايا</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="500"/>
        <source>Kind</source>
        <translation>الطبيعة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="446"/>
        <location filename="../../ui/incident_editor/editor.py" line="501"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="152"/>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="323"/>
        <source>Region P-code (admin 1)</source>
        <translation>الرمز P للمنطقة (المستوى الإداري 1)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="329"/>
        <source>District P-code (admin 2)</source>
        <translation>الرمز P للمقاطعة (المستوى الإداري 2)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="334"/>
        <source>Region or district not in the list (keep as typed)</source>
        <translation>منطقة أو مقاطعة غير موجودة في القائمة (الاحتفاظ بها كما كُتبت)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="340"/>
        <source>Regions and districts are checked against OCHA&apos;s list of P-codes. Tick this only for a place the list does not have: it is kept as typed, without a code, and listed with the records to resolve later.</source>
        <translation>تُطابَق المناطق والمقاطعات مع قائمة الرموز المكانية (P-codes) لمكتب تنسيق الشؤون الإنسانية. لا تحدد هذا الخيار إلا لمكان لا تتضمنه القائمة: يُحتفظ به كما كُتب، بلا رمز، ويُدرج مع السجلات التي يلزم حسمها لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="348"/>
        <source>The place names a protected victim of this record: if it is their home, a shelter or a safe house, mark it sensitive.</source>
        <translation>يذكر المكان اسم ضحية محمية في هذا السجل: إذا كان منزلها أو مأوى أو منزلاً آمناً، فضع عليه علامة «حساس».</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="359"/>
        <source>Sensitive location (a home, shelter, safe house)</source>
        <translation>موقع حساس (منزل، مأوى، منزل آمن)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="366"/>
        <source>Outside the team, a sensitive location is shown only as its region and district.</source>
        <translation>خارج الفريق، لا يظهر الموقع الحساس إلا بمنطقته ومقاطعته.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="403"/>
        <source>Written for partners and the public; reports outside the UN print this, never the narrative</source>
        <translation>مكتوب للشركاء والجمهور؛ التقارير خارج الأمم المتحدة تطبع هذا النص، ولا تطبع السرد أبداً</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="410"/>
        <source>Summary for partners and the public</source>
        <translation>ملخص للشركاء والجمهور</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="418"/>
        <source>Clearance of the summary</source>
        <translation>إجازة الملخص</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="419"/>
        <source>Clear for release</source>
        <translation>إجازة للنشر</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="447"/>
        <location filename="../../ui/incident_editor/editor.py" line="502"/>
        <source>Age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="448"/>
        <source>Number of victims</source>
        <translation>عدد الضحايا</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="466"/>
        <source>Count {number}</source>
        <translation>العدد {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="467"/>
        <source>Add count</source>
        <translation>إضافة عدد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="472"/>
        <source>Victims by sex and age</source>
        <translation>الضحايا حسب الجنس والعمر</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="505"/>
        <source>not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="506"/>
        <source>Group size</source>
        <translation>حجم المجموعة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="516"/>
        <location filename="../../ui/incident_editor/editor.py" line="584"/>
        <source>Protected</source>
        <translation>محمي</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="517"/>
        <location filename="../../ui/incident_editor/editor.py" line="585"/>
        <source>Withhold the name on screens and exports</source>
        <translation>حجب الاسم على الشاشة وفي الملفات المصدَّرة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="519"/>
        <location filename="../../ui/incident_editor/editor.py" line="587"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="520"/>
        <location filename="../../ui/incident_editor/editor.py" line="588"/>
        <source>Consent given on</source>
        <translation>تاريخ إعطاء الموافقة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="525"/>
        <source>Victim {number}</source>
        <translation>الضحية {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="526"/>
        <source>Add victim</source>
        <translation>إضافة ضحية</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="539"/>
        <source>&amp;Perpetrators</source>
        <translation>ال&amp;جناة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="544"/>
        <source>Violation</source>
        <translation>الانتهاك</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="545"/>
        <source>Degree</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="548"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="554"/>
        <source>Involvement {number}</source>
        <translation>التورط {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="555"/>
        <source>Add involvement</source>
        <translation>إضافة تورط</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="560"/>
        <source>Involvement</source>
        <translation>التورط</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="565"/>
        <source>Perpetrator {number}</source>
        <translation>الجاني {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="566"/>
        <source>Add perpetrator</source>
        <translation>إضافة جانٍ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="573"/>
        <source>S&amp;ources &amp;&amp; verification</source>
        <translation>المصا&amp;در والتحقق</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="578"/>
        <source>Connection</source>
        <translation>الصلة بالوقائع</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="580"/>
        <source>Reliability</source>
        <translation>الموثوقية</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="589"/>
        <source>Information given on</source>
        <translation>تاريخ تقديم المعلومات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="592"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="597"/>
        <source>Source {number}</source>
        <translation>المصدر {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="598"/>
        <source>Add source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="605"/>
        <source>&lt;b&gt;Verification&lt;/b&gt;</source>
        <translation>&lt;b&gt;التحقق&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="609"/>
        <location filename="../../ui/incident_editor/editor.py" line="612"/>
        <source>Standard of proof</source>
        <translation>معيار الإثبات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="617"/>
        <location filename="../../ui/incident_editor/editor.py" line="620"/>
        <source>Credibility</source>
        <translation>المصداقية</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="622"/>
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="626"/>
        <source>Date reviewed</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="633"/>
        <source>&amp;Attachments</source>
        <translation>المرف&amp;قات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="637"/>
        <source>Save the incident to add attachments. Files can also be dropped here.</source>
        <translation>احفظ الحادثة لإضافة مرفقات. يمكن أيضًا إفلات الملفات هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="645"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="647"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="648"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="649"/>
        <source>Captured by</source>
        <translation>جُمع بواسطة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="650"/>
        <source>Captured at</source>
        <translation>تاريخ الجمع</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="653"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="658"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="660"/>
        <source>View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="662"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="678"/>
        <source>Chain of custody of the selected file</source>
        <translation>سلسلة العهدة للملف المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="682"/>
        <source>Chain of custody</source>
        <translation>سلسلة العهدة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="686"/>
        <source>&amp;History</source>
        <translation>&amp;سجل التغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>Old</source>
        <translation>القيمة السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>New</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="691"/>
        <source>History</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="712"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="715"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="720"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="722"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="724"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="733"/>
        <source>&amp;Go</source>
        <translation>انتق&amp;ال</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="740"/>
        <source>&amp;Add attachment…</source>
        <translation>إ&amp;ضافة مرفق…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="742"/>
        <source>&amp;View attachment</source>
        <translation>&amp;عرض المرفق</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="744"/>
        <source>&amp;Export attachment…</source>
        <translation>&amp;تصدير المرفق…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="748"/>
        <source>A&amp;ttachments</source>
        <translation>المر&amp;فقات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="756"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="766"/>
        <source>UN</source>
        <translation>الأمم المتحدة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="770"/>
        <source>Read-only: this record is the view HQ sends to {audience} readers, with names withheld and places coarsened. It cannot be changed on this device; the team that holds the record can change it.</source>
        <translation>للقراءة فقط: هذا السجل هو العرض الذي يرسله المقر إلى قرّاء {audience}، مع حجب الأسماء وتعميم الأماكن. لا يمكن تغييره على هذا الجهاز؛ يمكن للفريق الذي يحتفظ بالسجل تغييره.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="63"/>
        <source>Returned by {by} on {date}: {comment} Submit it again when done.</source>
        <translation>أعاده {by} في {date}: {comment} قدّمه مجددًا عند الانتهاء.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="70"/>
        <source>Waiting for review by {user}.</source>
        <translation>بانتظار مراجعة {user}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="72"/>
        <source>Waiting for review by any reviewer of the team.</source>
        <translation>بانتظار المراجعة من أي مراجع في الفريق.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="76"/>
        <source>Approved on {date} by its author alone (single-user office).</source>
        <translation>وافق عليه كاتبه وحده في {date} (مكتب بمستخدم واحد).</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="178"/>
        <source>Remove violation</source>
        <translation>إزالة الانتهاك</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="205"/>
        <source>(no type)</source>
        <translation>(بلا نوع)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="69"/>
        <source>Changed: once saved, the new text needs clearing again</source>
        <translation>تم التغيير: بعد الحفظ، يحتاج النص الجديد إلى إجازة من جديد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="73"/>
        <location filename="../../ui/incident_editor/summary.py" line="81"/>
        <source>Not cleared</source>
        <translation>غير مُجاز</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="76"/>
        <source>No summary: reports outside the UN print nothing for this incident</source>
        <translation>لا يوجد ملخص: التقارير خارج الأمم المتحدة لا تطبع شيئاً عن هذه الحادثة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="84"/>
        <source>Cleared by the author alone (single-user office) on {when}</source>
        <translation>أجازه كاتبه وحده (مكتب بمستخدم واحد) في {when}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="91"/>
        <source>Cleared by {user} on {when}</source>
        <translation>أجازه {user} في {when}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="98"/>
        <source>Save the incident first.</source>
        <translation>احفظ الحادثة أولاً.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="100"/>
        <source>There is no summary to clear.</source>
        <translation>لا يوجد ملخص لإجازته.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="102"/>
        <source>Sign in as a user to clear the summary.</source>
        <translation>سجّل الدخول كمستخدم لإجازة الملخص.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="106"/>
        <source>A user other than its author clears the summary.</source>
        <translation>يُجيز الملخصَ مستخدمٌ غير كاتبه.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="110"/>
        <source>The summary is cleared.</source>
        <translation>الملخص مُجاز.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="809"/>
        <source>New incident</source>
        <translation>حادثة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="810"/>
        <source>{title}[*] – Upfront</source>
        <translation>{title}[*] – Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="61"/>
        <source>Something went wrong; nothing was changed.</source>
        <translation>حدث خطأ؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="133"/>
        <source>Saved at {time}.</source>
        <translation>حُفظ في {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="200"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="201"/>
        <source>This incident has changes that are not saved.</source>
        <translation>في هذه الحادثة تغييرات غير محفوظة.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="135"/>
        <source>Add files with Add… or drop them here. They are kept inside the encrypted store.</source>
        <translation>أضف ملفات بالزر «إضافة…» أو أفلتها هنا. تُحفظ داخل المخزن المشفّر.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="156"/>
        <source>Save the incident before adding attachments.</source>
        <translation>احفظ الحادثة قبل إضافة المرفقات.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="162"/>
        <source>Add attachments</source>
        <translation>إضافة مرفقات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="87"/>
        <source>{filename} cannot be shown inside Upfront without writing it to disk; use Export.</source>
        <translation>لا يمكن عرض {filename} داخل Upfront دون كتابته على القرص؛ استخدم «تصدير».</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="257"/>
        <source>Export attachment</source>
        <translation>تصدير المرفق</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="664"/>
        <source>Writes a copy without the file&apos;s metadata (place, time, device)</source>
        <translation>يكتب نسخة بدون البيانات الوصفية للملف (المكان، الوقت، الجهاز)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="667"/>
        <source>Export original…</source>
        <translation>تصدير الأصل…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="746"/>
        <source>Export &amp;original attachment…</source>
        <translation>تصدير &amp;أصل المرفق…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="238"/>
        <source>Export original</source>
        <translation>تصدير الأصل</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="239"/>
        <source>The original keeps its metadata: it may hold the place (GPS position), the time and the device it was made with. Export the original only for an evidence handover; the chain of custody records it.</source>
        <translation>يحتفظ الأصل ببياناته الوصفية: قد تتضمن المكان (موقع GPS) والوقت والجهاز الذي أُنشئ به. لا تصدّر الأصل إلا لتسليم الأدلة؛ وتسجّل سلسلة العهدة ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="271"/>
        <source>{filename} was exported as the original, with its metadata.</source>
        <translation>صُدِّر {filename} بصيغته الأصلية مع بياناته الوصفية.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="275"/>
        <source>{filename} was exported without its metadata (place, time, device); the original stays unchanged in the store.</source>
        <translation>صُدِّر {filename} بدون بياناته الوصفية (المكان، الوقت، الجهاز)؛ ويبقى الأصل دون تغيير في المخزن.</translation>
    </message>
</context>
<context>
    <name>IncidentListView</name>
    <message>
        <location filename="../../ui/incident_list.py" line="196"/>
        <source>Loading incidents…</source>
        <translation>جارٍ تحميل الحوادث…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="319"/>
        <source>Search title, narrative, places</source>
        <translation>البحث في العناوين والسرد والأماكن</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="320"/>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="324"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="325"/>
        <source>Filter from a date</source>
        <translation>التصفية ابتداءً من تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="326"/>
        <source>From date</source>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="327"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="328"/>
        <source>Filter up to a date</source>
        <translation>التصفية حتى تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="329"/>
        <source>To date</source>
        <translation>تاريخ النهاية</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="332"/>
        <source>All violations</source>
        <translation>كل الانتهاكات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="332"/>
        <source>Violation type</source>
        <translation>نوع الانتهاك</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="335"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="338"/>
        <source>All countries</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="352"/>
        <source>Region (admin 1)</source>
        <translation>المنطقة (المستوى الإداري 1)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="360"/>
        <source>Any verification</source>
        <translation>كل مستويات التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="360"/>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="363"/>
        <source>Any confidentiality</source>
        <translation>كل مستويات السرية</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="363"/>
        <source>Confidentiality</source>
        <translation>السرية</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="365"/>
        <source>Any status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="365"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="367"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="368"/>
        <location filename="../../ui/incident_list.py" line="377"/>
        <source>New incident</source>
        <translation>حادثة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="371"/>
        <source>New incident ({shortcut})</source>
        <translation>حادثة جديدة ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="383"/>
        <source>Number of incidents</source>
        <translation>عدد الحوادث</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="394"/>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="431"/>
        <source>&amp;Violation</source>
        <translation>الا&amp;نتهاك</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="432"/>
        <source>C&amp;ountry</source>
        <translation>&amp;البلد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="433"/>
        <source>&amp;Region</source>
        <translation>المن&amp;طقة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="434"/>
        <source>Veri&amp;fication</source>
        <translation>ال&amp;تحقق</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="435"/>
        <source>Confi&amp;dentiality</source>
        <translation>السر&amp;ية</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="436"/>
        <source>Stat&amp;us</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="443"/>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="460"/>
        <source>Sa&amp;ved filters</source>
        <translation>المرشّحات الم&amp;حفوظة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="495"/>
        <location filename="../../ui/incident_list.py" line="499"/>
        <source>Change selected…</source>
        <translation>تغيير المحدد…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="497"/>
        <location filename="../../ui/incident_list.py" line="501"/>
        <source>Export selected…</source>
        <translation>تصدير المحدد…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="503"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="514"/>
        <source>Saved filters</source>
        <translation>المرشّحات المحفوظة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="516"/>
        <source>Save filters…</source>
        <translation>حفظ المرشّحات…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="518"/>
        <source>Delete saved filter</source>
        <translation>حذف المرشّح المحفوظ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="630"/>
        <source>All incidents</source>
        <translation>كل الحوادث</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="631"/>
        <source>My drafts</source>
        <translation>مسوداتي</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="632"/>
        <source>To review (submitted)</source>
        <translation>للمراجعة (المقدَّمة)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="635"/>
        <source>Situation: {name}</source>
        <translation>الحالة: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="764"/>
        <source>Several countries hold “{text}”: choose one in the list. The country filter is still {country}.</source>
        <translation>يتضمن «{text}» أكثر من بلد: اختر واحدًا من القائمة. يبقى مرشّح البلد: {country}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="769"/>
        <source>No country matches “{text}”; the country filter is still {country}.</source>
        <translation>لا يوجد بلد يطابق «{text}»؛ يبقى مرشّح البلد: {country}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="778"/>
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_list.py" line="801"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n حادثة</numerusform>
            <numerusform>حادثة واحدة</numerusform>
            <numerusform>حادثتان</numerusform>
            <numerusform>%n حوادث</numerusform>
            <numerusform>%n حادثة</numerusform>
            <numerusform>%n حادثة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="805"/>
        <source>The incidents could not be read: {reason}</source>
        <translation>تعذّرت قراءة الحوادث: {reason}</translation>
    </message>
</context>
<context>
    <name>IncidentPicker</name>
    <message>
        <location filename="../../ui/incident_picker.py" line="77"/>
        <source>Choose incidents</source>
        <translation>اختيار الحوادث</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="80"/>
        <source>Search incidents</source>
        <translation>البحث في الحوادث</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="81"/>
        <source>Words in the title, narrative or place</source>
        <translation>كلمات من العنوان أو السرد أو المكان</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="83"/>
        <source>Only the situation&apos;s country, regions and period</source>
        <translation>بلد الحالة ومناطقها وفترتها فقط</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="86"/>
        <source>Incidents found</source>
        <translation>الحوادث التي عُثر عليها</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="94"/>
        <source>Add ticked</source>
        <translation>إضافة المحدَّدة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="104"/>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="133"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="148"/>
        <source>The search failed.</source>
        <translation>فشل البحث.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="165"/>
        <source>{incident} (already chosen)</source>
        <translation>{incident} (مختارة من قبل)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="174"/>
        <source>No incident matches.</source>
        <translation>لا توجد حادثة مطابقة.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="178"/>
        <source>The {limit} latest found are shown: add words to narrow the search.</source>
        <translation>تُعرض أحدث {limit} حادثة عُثر عليها: أضف كلمات لتضييق البحث.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_picker.py" line="183"/>
        <source>%n incident(s) found</source>
        <translation>
            <numerusform>عُثر على %n حادثة</numerusform>
            <numerusform>عُثر على حادثة واحدة</numerusform>
            <numerusform>عُثر على حادثتين</numerusform>
            <numerusform>عُثر على %n حوادث</numerusform>
            <numerusform>عُثر على %n حادثة</numerusform>
            <numerusform>عُثر على %n حادثة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../ui/incident_model.py" line="109"/>
        <source>{title} (HQ&apos;s view for {audience}, read-only)</source>
        <translation>{title} (عرض المقر لـ {audience}، للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="113"/>
        <source>UN</source>
        <translation>الأمم المتحدة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="175"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="176"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="177"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="178"/>
        <source>Violations</source>
        <translation>الانتهاكات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="179"/>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="180"/>
        <source>Confidentiality</source>
        <translation>السرية</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="181"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="244"/>
        <source>Not sortable: an incident may have several violations</source>
        <translation>لا يمكن الفرز: قد تتضمن الحادثة عدة انتهاكات</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Upfront</source>
        <translation>Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Upfront — sample data</source>
        <translation>Upfront — بيانات نموذجية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>&amp;New incident</source>
        <translation>حادثة &amp;جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>&amp;Import incidents…</source>
        <translation>&amp;استيراد الحوادث…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Incidents from a spreadsheet or a JSON export, checked row by row</source>
        <translation>حوادث من جدول بيانات أو من ملف JSON مصدَّر، تُفحص صفًا صفًا</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>&amp;Export incidents…</source>
        <translation>&amp;تصدير الحوادث…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>Incidents as CSV, Excel, JSON or HXL, cleared for an audience</source>
        <translation>الحوادث بتنسيق CSV أو Excel أو JSON أو HXL، في حدود ما يُسمح به للجمهور المستهدف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Close the records; the passphrase opens them again</source>
        <translation>إغلاق السجلات؛ تفتحها عبارة المرور من جديد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>Emergency &amp;wipe…</source>
        <translation>المسح ال&amp;طارئ…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Destroy the key file and the records on this computer</source>
        <translation>إتلاف ملف المفاتيح والسجلات على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>&amp;Users and passphrases…</source>
        <translation>الم&amp;ستخدمون وعبارات المرور…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>Add or remove the users of this computer, or change your passphrase</source>
        <translation>إضافة مستخدمي هذا الحاسوب أو إزالتهم، أو تغيير عبارة المرور الخاصة بك</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>Run &amp;self-test…</source>
        <translation>تشغيل الاختبار ال&amp;ذاتي…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Check that this installation works: the encrypted store, cryptography, translations, fonts, reports and the link to HQ</source>
        <translation>التحقق من أن هذا التثبيت يعمل: المخزن المشفّر، والتشفير، والترجمات، والخطوط، والتقارير، والاتصال بالمقر</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>&amp;About Upfront</source>
        <translation>&amp;حول Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>Situations</source>
        <translation>الأوضاع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>Strategies</source>
        <translation>الاستراتيجيات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>Sync is not available in this build.</source>
        <translation>المزامنة غير متاحة في هذا الإصدار.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Horizon</source>
        <translation>الأفق</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>&amp;Tools</source>
        <translation>أ&amp;دوات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="600"/>
        <source>Sync: not set up</source>
        <translation>المزامنة: غير مُعدّة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="619"/>
        <source>Signed in as {user}</source>
        <translation>مسجّل الدخول باسم {user}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="620"/>
        <source>Unlocked</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="620"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="778"/>
        <source>Settings saved. Language and data folder apply when Upfront next starts.</source>
        <translation>حُفظت الإعدادات. تُطبَّق اللغة ومجلد البيانات عند تشغيل Upfront في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="780"/>
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="812"/>
        <source>About Upfront</source>
        <translation>حول Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="814"/>
        <source>Upfront {version}</source>
        <translation>Upfront {version}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="818"/>
        <source>Documentation of human rights violations for UN country teams.

Database schema: {schema}
SQLCipher: {sqlcipher}</source>
        <translation>توثيق انتهاكات حقوق الإنسان لأفرقة الأمم المتحدة القطرية.

مخطط قاعدة البيانات: {schema}
SQLCipher: {sqlcipher}</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../ui/map_page.py" line="202"/>
        <source>{region}: {count}</source>
        <translation>{region}: {count}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../ui/map_page.py" line="264"/>
        <source>Loading the map…</source>
        <translation>جارٍ تحميل الخريطة…</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="266"/>
        <source>Show &amp;points</source>
        <translation>إظهار ال&amp;نقاط</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="268"/>
        <source>Show incident locations as points</source>
        <translation>إظهار مواقع الحوادث كنقاط</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="274"/>
        <source>Map of incidents</source>
        <translation>خريطة الحوادث</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="277"/>
        <source>Regions on the map</source>
        <translation>المناطق على الخريطة</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="280"/>
        <source>&amp;Regions</source>
        <translation>المن&amp;اطق</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="333"/>
        <source>{incidents} in {regions} on the map</source>
        <translation>{incidents} في {regions} على الخريطة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="334"/>
        <location filename="../../ui/map_page.py" line="375"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n حادثة</numerusform>
            <numerusform>حادثة واحدة</numerusform>
            <numerusform>حادثتان</numerusform>
            <numerusform>%n حوادث</numerusform>
            <numerusform>%n حادثة</numerusform>
            <numerusform>%n حادثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="335"/>
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n منطقة</numerusform>
            <numerusform>منطقة واحدة</numerusform>
            <numerusform>منطقتين</numerusform>
            <numerusform>%n مناطق</numerusform>
            <numerusform>%n منطقة</numerusform>
            <numerusform>%n منطقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="342"/>
        <source>%n incident(s) without a region: counted, not on the map.</source>
        <translation>
            <numerusform>%n حادثة بلا منطقة: محسوبة، وليست على الخريطة.</numerusform>
            <numerusform>حادثة واحدة بلا منطقة: محسوبة، وليست على الخريطة.</numerusform>
            <numerusform>حادثتان بلا منطقة: محسوبتان، وليستا على الخريطة.</numerusform>
            <numerusform>%n حوادث بلا منطقة: محسوبة، وليست على الخريطة.</numerusform>
            <numerusform>%n حادثة بلا منطقة: محسوبة، وليست على الخريطة.</numerusform>
            <numerusform>%n حادثة بلا منطقة: محسوبة، وليست على الخريطة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="350"/>
        <source>%n incident(s) without coordinates have no point.</source>
        <translation>
            <numerusform>%n حادثة بلا إحداثيات ليست لها نقطة.</numerusform>
            <numerusform>حادثة واحدة بلا إحداثيات ليست لها نقطة.</numerusform>
            <numerusform>حادثتان بلا إحداثيات ليست لهما نقطة.</numerusform>
            <numerusform>%n حوادث بلا إحداثيات ليست لها نقطة.</numerusform>
            <numerusform>%n حادثة بلا إحداثيات ليست لها نقطة.</numerusform>
            <numerusform>%n حادثة بلا إحداثيات ليست لها نقطة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="354"/>
        <source>Nearby incidents share a dot, sized by their number.</source>
        <translation>تتشارك الحوادث المتقاربة نقطة واحدة يدل حجمها على عددها.</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="363"/>
        <source>{region} ({country})</source>
        <translation>{region} ({country})</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="365"/>
        <source>{region}: {count}</source>
        <translation>{region}: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="372"/>
        <source>{region}, {country}: {incidents}</source>
        <translation>{region}، {country}: {incidents}</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="388"/>
        <source>The map could not be read.</source>
        <translation>تعذّرت قراءة الخريطة.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/sync_page.py" line="173"/>
        <source>Merge: {title}</source>
        <translation>الدمج: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="177"/>
        <source>Version kept at HQ</source>
        <translation>النسخة المحفوظة في المقر</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="180"/>
        <location filename="../../ui/sync_page.py" line="196"/>
        <source>Other version</source>
        <translation>النسخة الأخرى</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="182"/>
        <location filename="../../ui/sync_page.py" line="224"/>
        <source>Merged text</source>
        <translation>النص المدمج</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="183"/>
        <source>Start from the kept version</source>
        <translation>البدء من النسخة المحفوظة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="185"/>
        <source>Start from the other version</source>
        <translation>البدء من النسخة الأخرى</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="187"/>
        <source> (from this device)</source>
        <translation> (من هذا الجهاز)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="191"/>
        <source>Kept at HQ</source>
        <translation>المحفوظة في المقر</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="216"/>
        <source>The field “{field}” was changed in two places before either saw the other. Both versions are kept; write the text that should stand.</source>
        <translation>عُدِّل الحقل «{field}» في مكانين قبل أن يطّلع أيٌّ من التعديلين على الآخر. احتُفظ بالنسختين كلتيهما؛ اكتب النص الذي ينبغي اعتماده.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase.py" line="153"/>
        <source>Too short: use at least {minimum} characters.</source>
        <translation>قصيرة جدًا: استخدم {minimum} أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="159"/>
        <source>The passphrases do not match.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="163"/>
        <source>Type the passphrase again.</source>
        <translation>اكتب عبارة المرور مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="180"/>
        <source>At least {minimum} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>{minimum} أحرف على الأقل. بضع كلمات لا رابط بينها سهلة التذكر وصعبة التخمين.</translation>
    </message>
</context>
<context>
    <name>ObjectivesDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="540"/>
        <source>Objectives of the strategy</source>
        <translation>أهداف الاستراتيجية</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="543"/>
        <source>Choose an objective to change its wording or remove it, or type a new one and add it. Saving makes a new version of the strategy.</source>
        <translation>اختر هدفًا لتغيير صياغته أو إزالته، أو اكتب هدفًا جديدًا وأضفه. يُنشئ الحفظ نسخة جديدة من الاستراتيجية.</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="550"/>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="554"/>
        <location filename="../../ui/situation_dialogs.py" line="569"/>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="555"/>
        <source>What the strategy aims at</source>
        <translation>ما ترمي إليه الاستراتيجية</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="556"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="558"/>
        <source>Change wording</source>
        <translation>تغيير الصياغة</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="559"/>
        <source>Change the wording of the objective</source>
        <translation>تغيير صياغة الهدف</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="561"/>
        <location filename="../../ui/situation_dialogs.py" line="652"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="562"/>
        <source>Remove the objective</source>
        <translation>إزالة الهدف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/situation_dialogs.py" line="585"/>
        <source>{objective} (%n action(s))</source>
        <translation>
            <numerusform>{objective} (%n إجراء)</numerusform>
            <numerusform>{objective} (إجراء واحد)</numerusform>
            <numerusform>{objective} (إجراءان)</numerusform>
            <numerusform>{objective} (%n إجراءات)</numerusform>
            <numerusform>{objective} (%n إجراءً)</numerusform>
            <numerusform>{objective} (%n إجراء)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="604"/>
        <source>is required: write what the strategy aims at</source>
        <translation>مطلوب: اكتب ما ترمي إليه الاستراتيجية</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="606"/>
        <source>is longer than {count} characters</source>
        <translation>أطول من {count} حرف</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="609"/>
        <source>Objective: {reason}</source>
        <translation>الهدف: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="640"/>
        <source>Remove the objective?</source>
        <translation>إزالة الهدف؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/situation_dialogs.py" line="643"/>
        <source>%n action(s) serve this objective: {actions}. They stay in the strategy, with no objective.</source>
        <translation>
            <numerusform>يخدم هذا الهدفَ %n إجراء: {actions}. تبقى في الاستراتيجية دون هدف.</numerusform>
            <numerusform>يخدم هذا الهدفَ إجراء واحد: {actions}. يبقى في الاستراتيجية دون هدف.</numerusform>
            <numerusform>يخدم هذا الهدفَ إجراءان: {actions}. يبقيان في الاستراتيجية دون هدف.</numerusform>
            <numerusform>يخدم هذا الهدفَ %n إجراءات: {actions}. تبقى في الاستراتيجية دون هدف.</numerusform>
            <numerusform>يخدم هذا الهدفَ %n إجراءً: {actions}. تبقى في الاستراتيجية دون هدف.</numerusform>
            <numerusform>يخدم هذا الهدفَ %n إجراء: {actions}. تبقى في الاستراتيجية دون هدف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="653"/>
        <source>Keep it</source>
        <translation>الإبقاء عليه</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="485"/>
        <source>not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="488"/>
        <source>date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="502"/>
        <source>{field}: precision</source>
        <translation>{field}: الدقة</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/progress_dialog.py" line="288"/>
        <source>Saving cancelled; no file was written.</source>
        <translation>أُلغي الحفظ؛ ولم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/progress_dialog.py" line="118"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="121"/>
        <source>What is being done</source>
        <translation>ما يجري الآن</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="124"/>
        <source>Cancel status</source>
        <translation>حالة الإلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="126"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="127"/>
        <source>Cancel this work</source>
        <translation>إلغاء هذا العمل</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="145"/>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="154"/>
        <source>Stopping at the next safe point; nothing half-done is kept.</source>
        <translation>سيتوقف العمل عند أقرب نقطة آمنة؛ ولا يُحتفظ بأي شيء غير مكتمل.</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="168"/>
        <source>{what}: {done} of {total}</source>
        <translation>{what}: {done} من {total}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="177"/>
        <source>{what}: {done}</source>
        <translation>{what}: {done}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="194"/>
        <source>Checking rows</source>
        <translation>فحص الصفوف</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="195"/>
        <source>Importing records</source>
        <translation>استيراد السجلات</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="196"/>
        <source>Writing records</source>
        <translation>كتابة السجلات</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="197"/>
        <source>Gathering the report&apos;s figures</source>
        <translation>جمع أرقام التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="198"/>
        <source>Drawing pages</source>
        <translation>رسم الصفحات</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="199"/>
        <source>Copying the records under the new key</source>
        <translation>نسخ السجلات تحت المفتاح الجديد</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="200"/>
        <source>Putting the new key in force</source>
        <translation>تفعيل المفتاح الجديد</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="201"/>
        <source>Changes received from HQ</source>
        <translation>التغييرات الواردة من المقر</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="202"/>
        <source>Files received from HQ</source>
        <translation>الملفات الواردة من المقر</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="209"/>
        <source>Cannot be cancelled now: the copy under the new key is being put in place, and stopping half-way would not be safe.</source>
        <translation>لا يمكن الإلغاء الآن: تُوضع النسخة المشفّرة بالمفتاح الجديد في مكانها، والتوقف في منتصف الطريق غير آمن.</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="213"/>
        <source>Cannot be cancelled now: the user&apos;s key slot is being removed, and the key change that follows must finish.</source>
        <translation>لا يمكن الإلغاء الآن: تجري إزالة خانة مفتاح المستخدم، ويجب أن يكتمل تغيير المفتاح الذي يليها.</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="216"/>
        <source>Cannot be cancelled now: this step must finish.</source>
        <translation>لا يمكن الإلغاء الآن: يجب أن تكتمل هذه الخطوة.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../ui/report/strings.py" line="15"/>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="16"/>
        <source>Generated {when}</source>
        <translation>أُعِدّ في {when}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="17"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="18"/>
        <source>Reference of the report&apos;s content: two prints with the same reference say the same thing.</source>
        <translation>مرجع لمحتوى التقرير: أي نسختين مطبوعتين تحملان المرجع نفسه تتضمنان المحتوى ذاته.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="22"/>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="23"/>
        <source>Reporting period</source>
        <translation>الفترة المشمولة بالتقرير</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="24"/>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="25"/>
        <source>Audience</source>
        <translation>الجمهور المستهدف</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="26"/>
        <source>{title} (continued)</source>
        <translation>{title} (تابع)</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="27"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="28"/>
        <source>Number</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="29"/>
        <source>fewer than {threshold}</source>
        <translation>أقل من {threshold}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="32"/>
        <source>Internal</source>
        <translation>داخلي</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="33"/>
        <source>United Nations</source>
        <translation>الأمم المتحدة</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="34"/>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="35"/>
        <source>Public</source>
        <translation>عامة الجمهور</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="38"/>
        <source>Key figures</source>
        <translation>أرقام رئيسية</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="39"/>
        <source>Incidents over time</source>
        <translation>الحوادث عبر الزمن</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="40"/>
        <source>Violations by type and region</source>
        <translation>الانتهاكات حسب النوع والمنطقة</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="41"/>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="42"/>
        <source>Key incidents</source>
        <translation>حوادث رئيسية</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="43"/>
        <source>Risk assessment</source>
        <translation>تقييم المخاطر</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="44"/>
        <source>Prevention and response actions</source>
        <translation>إجراءات الوقاية والاستجابة</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="45"/>
        <source>Sources and methodology</source>
        <translation>المصادر والمنهجية</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="48"/>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="49"/>
        <source>Acts of violation</source>
        <translation>أفعال الانتهاك</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="50"/>
        <source>Victims</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="51"/>
        <source>By violation type</source>
        <translation>حسب نوع الانتهاك</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="52"/>
        <source>By verification level</source>
        <translation>حسب مستوى التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="53"/>
        <source>Victims by sex and age</source>
        <translation>الضحايا حسب الجنس والعمر</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="54"/>
        <source>Violation type</source>
        <translation>نوع الانتهاك</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="55"/>
        <source>Verification level</source>
        <translation>مستوى التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="56"/>
        <source>Sex / age</source>
        <translation>الجنس / العمر</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="57"/>
        <source>No incidents in this period.</source>
        <translation>لا توجد حوادث في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="59"/>
        <source>By country</source>
        <translation>حسب البلد</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="60"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="61"/>
        <source>This report covers {count} countries: {countries}. Each country&apos;s figures are counted and withheld by the same rules as the totals, and what is left out is counted over all of them.</source>
        <translation>يغطي هذا التقرير {count} من البلدان: {countries}. تُحسب أرقام كل بلد وتُحجب وفق القواعد نفسها المطبّقة على المجاميع، ويُحسب ما استُبعد من التقرير على جميع هذه البلدان.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="68"/>
        <source>Incidents per week</source>
        <translation>الحوادث في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="69"/>
        <source>Incidents per month</source>
        <translation>الحوادث في الشهر</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="70"/>
        <source>Week starting</source>
        <translation>بداية الأسبوع</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="71"/>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="72"/>
        <source>Hatched segments stand for fewer than {threshold} incidents; they are drawn at a nominal height of {height}.</source>
        <translation>تمثّل الأجزاء المظلَّلة بخطوط مائلة عددًا من الحوادث يقل عن {threshold}؛ وهي مرسومة بارتفاع اسمي قدره {height}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="78"/>
        <source>Rows: violation type; columns: first-level administrative area.</source>
        <translation>الصفوف: نوع الانتهاك؛ الأعمدة: المنطقة الإدارية من المستوى الأول.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="81"/>
        <source>×: withheld, so that a small count cannot be worked out from the totals.</source>
        <translation>×: قيمة محجوبة، كي لا يُستنتَج عدد صغير من المجاميع.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="85"/>
        <source>Incidents by area</source>
        <translation>الحوادث حسب المنطقة</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="86"/>
        <source>None recorded</source>
        <translation>لم تُسجَّل أي حادثة</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="87"/>
        <source>Incident location</source>
        <translation>موقع الحادثة</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="88"/>
        <source>No boundary data for {areas}</source>
        <translation>لا تتوفر بيانات الحدود لـ {areas}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="89"/>
        <source>Offline boundaries: Natural Earth.</source>
        <translation>مصدر الحدود (المتاحة دون اتصال بالإنترنت): Natural Earth.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="90"/>
        <source>The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.</source>
        <translation>لا تعني الحدود والأسماء المبينة والتسميات المستخدمة في هذه الخريطة إقرارًا أو قبولًا رسميًا من جانب الأمم المتحدة.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="95"/>
        <source>No map data for this period.</source>
        <translation>لا توجد بيانات للخريطة في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="97"/>
        <location filename="../../ui/report/timeline.py" line="75"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="98"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="99"/>
        <source>Violations</source>
        <translation>الانتهاكات</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="100"/>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="101"/>
        <source>Named persons</source>
        <translation>الأشخاص المذكورون بالاسم</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="102"/>
        <source>No key incidents in this period.</source>
        <translation>لا توجد حوادث رئيسية في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="103"/>
        <source>Incidents not listed one by one, as listing them would reveal a figure too small to publish: {count}.</source>
        <translation>حوادث لم تُدرج واحدةً واحدة، لأن إدراجها يكشف رقمًا أصغر من أن يُنشر: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="108"/>
        <source>Incidents in this report with no summary cleared for partners and the public (none is printed for them): {count}.</source>
        <translation>حوادث في هذا التقرير ليس لها ملخص مُجاز للشركاء والجمهور (لا يُطبع لها شيء): {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="113"/>
        <source>Summaries cleared by their author alone, in an office with a single user: {count}.</source>
        <translation>ملخصات أجازها كاتبها وحده، في مكتب له مستخدم واحد: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="116"/>
        <source>Incidents approved in review by their own author, in an office with a single user: {count}.</source>
        <translation>حوادث وافق عليها كاتبها نفسه عند المراجعة، في مكتب بمستخدم واحد: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="121"/>
        <source>Assessed on {date}</source>
        <translation>تاريخ التقييم: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="122"/>
        <source>previous assessment {date}</source>
        <translation>التقييم السابق: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="123"/>
        <source>first assessment</source>
        <translation>التقييم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="124"/>
        <source>Overall level: {level}</source>
        <translation>المستوى العام: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="125"/>
        <source>Risk factor</source>
        <translation>عامل الخطر</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="126"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="127"/>
        <source>Previous level</source>
        <translation>المستوى السابق</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="128"/>
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="129"/>
        <source>No risk assessment in this period.</source>
        <translation>لا يوجد تقييم للمخاطر في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="131"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="132"/>
        <source>Pillar</source>
        <translation>الركيزة</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="133"/>
        <source>Lead / owner</source>
        <translation>الكيان الرائد / المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="134"/>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="135"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="136"/>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="59"/>
        <source>Quarterly review</source>
        <translation>الاستعراض الفصلي</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="60"/>
        <source>Quarter {quarter}: {start} to {end}</source>
        <translation>الفصل {quarter}: من {start} إلى {end}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="61"/>
        <source>As of {date}</source>
        <translation>في {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="62"/>
        <source>Situations in order of attention</source>
        <translation>الأوضاع حسب أولوية الاهتمام</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="64"/>
        <source>Points: {deterioration} per deterioration signal, {risk_up} per risk factor assessed higher, {late_actions} per late action, {blocked_actions} per blocked action, {late_decisions} per late decision of the quarter before, {incidents_added} per ten incidents added.</source>
        <translation>النقاط: {deterioration} لكل إشارة تدهور، و{risk_up} لكل عامل خطر قُيِّم بمستوى أعلى، و{late_actions} لكل إجراء متأخر، و{blocked_actions} لكل إجراء متعثر، و{late_decisions} لكل قرار متأخر من الفصل السابق، و{incidents_added} لكل عشر حوادث مضافة.</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="72"/>
        <source>Situation</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="73"/>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="74"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="75"/>
        <source>No situation of concern.</source>
        <translation>لا يوجد وضع مثير للقلق.</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="76"/>
        <source>Nothing calls for attention this quarter.</source>
        <translation>لا شيء يستدعي الاهتمام في هذا الفصل.</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="78"/>
        <source>deterioration signals: {count}</source>
        <translation>إشارات التدهور: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="79"/>
        <source>risk factors assessed higher: {count}</source>
        <translation>عوامل خطر قُيِّمت بمستوى أعلى: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="80"/>
        <source>late actions: {count}</source>
        <translation>إجراءات متأخرة: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="81"/>
        <source>blocked actions: {count}</source>
        <translation>إجراءات متعثرة: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="82"/>
        <source>late decisions: {count}</source>
        <translation>قرارات متأخرة: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="83"/>
        <source>incidents added: {count}</source>
        <translation>حوادث مضافة: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="85"/>
        <source>The situations</source>
        <translation>الأوضاع</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="86"/>
        <source>Risk changes</source>
        <translation>تغيّرات المخاطر</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="87"/>
        <source>Deterioration signals</source>
        <translation>إشارات التدهور</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="89"/>
        <source>{scope}: {count} incidents in the last weeks, {ratio} times the usual level</source>
        <translation>{scope}: {count} حادثة في الأسابيع الأخيرة، أي {ratio} أضعاف المستوى المعتاد</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="94"/>
        <source>{scope}: {count} incidents in the last weeks, where there were none before</source>
        <translation>{scope}: {count} حادثة في الأسابيع الأخيرة، بعد أن لم تكن هناك أي حادثة من قبل</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="98"/>
        <source>All incidents</source>
        <translation>جميع الحوادث</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="99"/>
        <source>Late actions</source>
        <translation>الإجراءات المتأخرة</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="100"/>
        <source>Blocked actions</source>
        <translation>الإجراءات المتعثرة</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="101"/>
        <source>Incidents added in the quarter: {count}</source>
        <translation>الحوادث المضافة خلال الفصل: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="102"/>
        <source>Engagements of the quarter</source>
        <translation>اتصالات الفصل</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="103"/>
        <source>Engagement</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="104"/>
        <source>Asked / answered</source>
        <translation>المطلوب / الرد</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="105"/>
        <source>Follow-up due</source>
        <translation>موعد المتابعة</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="106"/>
        <source>{un_by} with {with_whom}</source>
        <translation>{un_by} مع {with_whom}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="107"/>
        <source>Decisions of this quarter</source>
        <translation>قرارات هذا الفصل</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="108"/>
        <source>No decision recorded.</source>
        <translation>لم يُسجَّل أي قرار.</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="109"/>
        <source>Decisions of {quarter}, as of {date}</source>
        <translation>قرارات {quarter}، في {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="110"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="111"/>
        <source>Entity / person</source>
        <translation>الكيان / الشخص</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="112"/>
        <source>State</source>
        <translation>الوضع الحالي</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="113"/>
        <source>Set by {user} on {date}</source>
        <translation>حدّده {user} في {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="114"/>
        <source>Strategy action: {title}</source>
        <translation>إجراء ضمن الاستراتيجية: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="116"/>
        <source>Done</source>
        <translation>منفَّذ</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="117"/>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="118"/>
        <location filename="../../ui/report/strings.py" line="137"/>
        <source>Blocked</source>
        <translation>متعثر</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="119"/>
        <source>Dropped</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="120"/>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="138"/>
        <source>Actions: {actions}; overdue: {overdue}; blocked: {blocked}.</source>
        <translation>الإجراءات: {actions}؛ المتأخرة: {overdue}؛ المتعثرة: {blocked}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="141"/>
        <source>No actions in this period.</source>
        <translation>لا توجد إجراءات في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="143"/>
        <source>Sources by type</source>
        <translation>المصادر حسب النوع</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="144"/>
        <source>Source type</source>
        <translation>نوع المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="145"/>
        <source>No sources in this period.</source>
        <translation>لا توجد مصادر في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="146"/>
        <source>Methodology</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="147"/>
        <source>To protect the people concerned, counts from 1 to {below} are shown as “&lt;{threshold}”.</source>
        <translation>حمايةً للأشخاص المعنيين، تُعرض الأعداد من 1 إلى {below} على شكل «&lt;{threshold}».</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="152"/>
        <source>This report is for internal use: every count is shown in full.</source>
        <translation>هذا التقرير للاستخدام الداخلي: تُعرض جميع الأعداد كاملة.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="157"/>
        <source>What this report leaves out</source>
        <translation>ما يستبعده هذا التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="158"/>
        <source>Not in these figures: {count} incidents of the period and scope, left out for this audience (see “What this report leaves out”).</source>
        <translation>غير مشمولة في هذه الأرقام: {count} حادثة من هذه الفترة وهذا النطاق، مستبعدة لهذا الجمهور (انظر &quot;ما يستبعده هذا التقرير&quot;).</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="163"/>
        <source>Of the {total} incidents recorded for this period and scope, {included} are counted in this report.</source>
        <translation>من بين {total} حادثة مسجلة لهذه الفترة وهذا النطاق، يُحتسب {included} في هذا التقرير.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="168"/>
        <source>Incidents of this period and scope counted in this report: {included}.</source>
        <translation>الحوادث المحتسبة في هذا التقرير من هذه الفترة وهذا النطاق: {included}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="171"/>
        <source>No incident of this period and scope is left out of this report.</source>
        <translation>لم تُستبعد من هذا التقرير أي حادثة من هذه الفترة وهذا النطاق.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="174"/>
        <source>Left out as drafts, not yet submitted for review: {count}.</source>
        <translation>مستبعدة لأنها مسودات لم تُقدَّم للمراجعة بعد: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="177"/>
        <source>Left out as more confidential than this report&apos;s audience: {count}.</source>
        <translation>مستبعدة لأن سريتها تتجاوز جمهور هذا التقرير: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="180"/>
        <source>Left out as found false or rejected: {count}.</source>
        <translation>مستبعدة لأنه ثبت زيفها أو رُفضت: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="181"/>
        <source>Counted in the figures but told without an account, as no summary was cleared for partners and the public: {count}.</source>
        <translation>محتسبة في الأرقام لكن دون سرد، إذ لم يُعتمد أي ملخص للشركاء والجمهور: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="187"/>
        <source>Report no. {number}</source>
        <translation>التقرير رقم {number}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="188"/>
        <source>Information as of {date}</source>
        <translation>المعلومات حتى {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="189"/>
        <source>Next report: {date}</source>
        <translation>التقرير التالي: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="190"/>
        <source>Highlights</source>
        <translation>أبرز النقاط</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="191"/>
        <source>Overview</source>
        <translation>لمحة عامة</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="192"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="67"/>
        <source>Warning-to-action timeline</source>
        <translation>التسلسل الزمني من الإنذار إلى العمل</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="68"/>
        <source>{name}, as of {date}</source>
        <translation>{name}، حتى {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="69"/>
        <source>Warnings</source>
        <translation>الإنذارات</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="70"/>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="71"/>
        <source>Escalation</source>
        <translation>التصعيد</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="72"/>
        <source>First warning</source>
        <translation>الإنذار الأول</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="73"/>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="74"/>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="76"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="77"/>
        <source>From the first warning to action</source>
        <translation>من الإنذار الأول إلى العمل</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="78"/>
        <source>From the first warning to</source>
        <translation>من الإنذار الأول إلى</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="79"/>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="80"/>
        <source>open: {days} days so far</source>
        <translation>مفتوح: {days} يومًا حتى الآن</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="81"/>
        <source>open: no warning yet</source>
        <translation>مفتوح: لا إنذار بعد</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="82"/>
        <source>After-action review (draft)</source>
        <translation>استعراض ما بعد العمل (مسودة)</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="83"/>
        <source>Nothing on the timeline yet.</source>
        <translation>لا شيء في التسلسل الزمني بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="85"/>
        <source>First incident at {standard}</source>
        <translation>أول حادث بمعيار {standard}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="86"/>
        <source>Risk factor at {level}: {factor}</source>
        <translation>عامل خطر بمستوى {level}: {factor}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="87"/>
        <source>Deterioration signal</source>
        <translation>إشارة تدهور</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="88"/>
        <source>First engagement: {channel}</source>
        <translation>أول تواصل: {channel}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="89"/>
        <source>First action at {level} level</source>
        <translation>أول إجراء على {level}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="90"/>
        <source>Escalation to {to}</source>
        <translation>التصعيد إلى {to}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="92"/>
        <source>the first engagement</source>
        <translation>أول تواصل</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="93"/>
        <source>the first strategy action</source>
        <translation>أول إجراء في الاستراتيجية</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="94"/>
        <source>the first action at {level} level</source>
        <translation>أول إجراء على {level}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="95"/>
        <source>the first engagement through {channel}</source>
        <translation>أول تواصل عبر {channel}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="97"/>
        <source>incident {id}</source>
        <translation>الحادث {id}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="98"/>
        <source>assessment {id}, version {version}</source>
        <translation>التقييم {id}، الإصدار {version}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="99"/>
        <source>strategy version {version}, action {action}</source>
        <translation>الاستراتيجية الإصدار {version}، الإجراء {action}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="100"/>
        <source>engagement {id}</source>
        <translation>التواصل {id}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="101"/>
        <source>signals as of {date}</source>
        <translation>الإشارات حتى {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="103"/>
        <source>First warning on {date}: {what} (source: {source}).</source>
        <translation>الإنذار الأول في {date}: {what} (المصدر: {source}).</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="104"/>
        <source>To {what}: {days} days, on {date} (source: {source}).</source>
        <translation>حتى {what}: {days} يومًا، في {date} (المصدر: {source}).</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="105"/>
        <source>To {what}: it came {days} days before the warning, on {date} (source: {source}).</source>
        <translation>حتى {what}: جاء قبل الإنذار بـ {days} يومًا، في {date} (المصدر: {source}).</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="108"/>
        <source>To {what}: not yet as of {date}, {days} days since the first warning.</source>
        <translation>حتى {what}: لم يحدث بعد حتى {date}، بعد {days} يومًا من الإنذار الأول.</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="111"/>
        <source>No warning as of {date}: no risk factor at high or severe, no deterioration signal, no incident at reasonable grounds or above.</source>
        <translation>لا إنذار حتى {date}: لا عامل خطر بمستوى مرتفع أو شديد، ولا إشارة تدهور، ولا حادث بمعيار الأسباب المعقولة أو أعلى.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="63"/>
        <source>Places where signals rise that no situation covers</source>
        <translation>أماكن تتصاعد فيها المؤشرات ولا تشملها أي حالة</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="64"/>
        <source>What the United Nations asks of Member States</source>
        <translation>ما تطلبه الأمم المتحدة من الدول الأعضاء</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="65"/>
        <source>Verified figures</source>
        <translation>الأرقام المتحقق منها</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="66"/>
        <source>Engagement with the State</source>
        <translation>التواصل مع الدولة</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="67"/>
        <source>Incidents of the period verified at “{standard}” or above, from {start} to {end}.</source>
        <translation>حوادث الفترة المتحقق منها بمستوى &quot;{standard}&quot; أو أعلى، من {start} إلى {end}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="70"/>
        <source>Countries: {countries}</source>
        <translation>البلدان: {countries}</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="71"/>
        <source>Not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="72"/>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="74"/>
        <source>higher</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="75"/>
        <source>lower</source>
        <translation>أدنى</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="76"/>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="77"/>
        <source>newly assessed</source>
        <translation>قُيِّم حديثاً</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="80"/>
        <source>No risk assessment up to {date}.</source>
        <translation>لا يوجد تقييم للمخاطر حتى {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="81"/>
        <source>No deterioration signal as of {date}.</source>
        <translation>لا توجد مؤشرات تدهور حتى {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="82"/>
        <source>No strategy action recorded.</source>
        <translation>لم يُسجَّل أي إجراء في الاستراتيجية.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="83"/>
        <source>No engagement recorded in the period.</source>
        <translation>لم يُسجَّل أي تواصل خلال الفترة.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="84"/>
        <source>None was written for this briefing.</source>
        <translation>لم يُكتب أي نص لهذه الإحاطة.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="85"/>
        <source>Risk assessments, strategies, the warning-to-action timeline and the horizon scan are United Nations planning documents: a briefing for this audience leaves them out.</source>
        <translation>تقييمات المخاطر والاستراتيجيات والتسلسل الزمني من الإنذار إلى العمل والمسح الاستشرافي وثائق تخطيط للأمم المتحدة: والإحاطة الموجهة إلى هذا الجمهور لا تتضمنها.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="90"/>
        <source>Horizon scan as of {date}, over every place the records hold: {flagged} places flagged, {uncovered} of them covered by no situation of concern.</source>
        <translation>المسح الاستشرافي حتى {date}، على جميع الأماكن الواردة في السجلات: {flagged} من الأماكن رُصدت، منها {uncovered} لا تشملها أي حالة مثيرة للقلق.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="95"/>
        <source>For {countries}, the scan ran on HQ&apos;s weekly counts over all of the scope&apos;s records (as of {date}), small weeks suppressed.</source>
        <translation>بالنسبة إلى {countries}، أُجري المسح على الأعداد الأسبوعية للمقر لجميع سجلات النطاق (حتى {date})، مع حجب الأسابيع الصغيرة.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="100"/>
        <source>≥: the place&apos;s series includes a small week HQ suppressed, counted as the least it can be in the last 4 weeks and the most before: the rise is at least as shown.</source>
        <translation>≥: تشمل سلسلة المكان أسبوعًا صغيرًا حجبه المقر، احتُسب بأدنى قيمة ممكنة في الأسابيع الأربعة الأخيرة وبأعلاها قبلها: الارتفاع لا يقل عمّا هو مبيَّن.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="105"/>
        <source>Every place the scan flagged is covered by a situation.</source>
        <translation>كل مكان رصده المسح تشمله حالة ما.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="106"/>
        <source>Acts, last 4 weeks</source>
        <translation>الأفعال، آخر 4 أسابيع</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="107"/>
        <source>Times the usual level</source>
        <translation>أضعاف المستوى المعتاد</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="108"/>
        <source>Of them at the standard of proof</source>
        <translation>منها بمستوى الإثبات</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="109"/>
        <source>partly covered by {names}</source>
        <translation>تشمله جزئياً: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="110"/>
        <source>all types</source>
        <translation>جميع الأنواع</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="111"/>
        <source>No situation of concern in this scope and period.</source>
        <translation>لا توجد حالة مثيرة للقلق في هذا النطاق وهذه الفترة.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports_page.py" line="101"/>
        <location filename="../../ui/reports_page.py" line="106"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="102"/>
        <location filename="../../ui/reports_page.py" line="108"/>
        <source>Situation of concern</source>
        <translation>حالة مثيرة للقلق</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="125"/>
        <source>Standard template</source>
        <translation>القالب القياسي</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="126"/>
        <source>Template…</source>
        <translation>اختيار قالب…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="99"/>
        <location filename="../../ui/reports_page.py" line="130"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="100"/>
        <location filename="../../ui/reports_page.py" line="131"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="111"/>
        <source>Several countries</source>
        <translation>عدة بلدان</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="112"/>
        <source>All countries held</source>
        <translation>جميع البلدان المحفوظة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="114"/>
        <source>Countries held on this device</source>
        <translation>البلدان المحفوظة على هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="135"/>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="145"/>
        <source>Audience</source>
        <translation>الجمهور المستهدف</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="146"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="150"/>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="153"/>
        <source>Preview…</source>
        <translation>معاينة…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="154"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="155"/>
        <source>Save as PDF…</source>
        <translation>حفظ بتنسيق PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="166"/>
        <source>What each audience may read is decided before the report is drawn: incidents by their confidentiality, names by consent, places by the record&apos;s precision, and small counts hidden outside internal reports.</source>
        <translation>يُحدَّد ما يمكن لكل جمهور مستهدف قراءته قبل إعداد التقرير: الحوادث وفقًا لمستوى سريتها، والأسماء وفقًا للموافقة، والأماكن وفقًا لدقة الموقع المسجَّلة، وتُخفى الأعداد الصغيرة في غير التقارير الداخلية.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="184"/>
        <source>Kind of report</source>
        <translation>نوع التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="185"/>
        <source>Situation &amp;report</source>
        <translation>تقرير ال&amp;حالة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="186"/>
        <source>&amp;Briefing pack</source>
        <translation>&amp;ملف الإحاطة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="240"/>
        <source>Report template</source>
        <translation>قالب التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="240"/>
        <source>Templates (*.json)</source>
        <translation>القوالب (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="252"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="254"/>
        <source>One highlight per line</source>
        <translation>نقطة بارزة واحدة في كل سطر</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="260"/>
        <source>Report number</source>
        <translation>رقم التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="261"/>
        <source>Information as of</source>
        <translation>المعلومات حتى</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="262"/>
        <source>Highlights</source>
        <translation>أبرز النقاط</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="263"/>
        <source>Overview</source>
        <translation>لمحة عامة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="264"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="265"/>
        <source>Next report</source>
        <translation>التقرير التالي</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="316"/>
        <source>Gathering the report…</source>
        <translation>جارٍ جمع بيانات التقرير…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="331"/>
        <source>{incidents} incident(s), SHA-256 {digest}</source>
        <translation>الحوادث: {incidents}، SHA-256 {digest}</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="353"/>
        <source>Report preview</source>
        <translation>معاينة التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="384"/>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="384"/>
        <source>PDF (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="399"/>
        <source>The report could not be saved.</source>
        <translation>تعذّر حفظ التقرير.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="424"/>
        <source>The report could not be made.</source>
        <translation>تعذّر إعداد التقرير.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports_page.py" line="402"/>
        <source>Saved %n page(s).</source>
        <translation>
            <numerusform>حُفظت %n صفحة.</numerusform>
            <numerusform>حُفظت صفحة واحدة.</numerusform>
            <numerusform>حُفظت صفحتان.</numerusform>
            <numerusform>حُفظت %n صفحات.</numerusform>
            <numerusform>حُفظت %n صفحةً.</numerusform>
            <numerusform>حُفظت %n صفحة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="367"/>
        <source>Printing the report</source>
        <translation>طباعة التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="372"/>
        <source>Printing cancelled.</source>
        <translation>أُلغيت الطباعة.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="395"/>
        <source>Saving the report</source>
        <translation>حفظ التقرير</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/review_page.py" line="151"/>
        <source>Return “{title}” to its author</source>
        <translation>إعادة «{title}» إلى كاتبه</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="154"/>
        <source>What should the author check or change?</source>
        <translation>ما الذي ينبغي للكاتب التحقق منه أو تغييره؟</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="155"/>
        <source>&amp;Comment for the author (required)</source>
        <translation>&amp;تعليق للكاتب (مطلوب)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="163"/>
        <source>&amp;Return</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="175"/>
        <source>Comment: say what the author should check or change</source>
        <translation>التعليق: اذكر ما ينبغي للكاتب التحقق منه أو تغييره</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="178"/>
        <source>Comment: at most {n} characters</source>
        <translation>التعليق: {n} حرفًا على الأكثر</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="220"/>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="221"/>
        <source>Done</source>
        <translation>منفَّذ</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="222"/>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="223"/>
        <source>Blocked</source>
        <translation>متعثر</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="224"/>
        <source>Dropped</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="227"/>
        <source>deterioration signals: {count}</source>
        <translation>إشارات التدهور: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="228"/>
        <source>risk factors assessed higher: {count}</source>
        <translation>عوامل خطر قُيِّمت بمستوى أعلى: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="229"/>
        <source>late actions: {count}</source>
        <translation>إجراءات متأخرة: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="230"/>
        <source>blocked actions: {count}</source>
        <translation>إجراءات متعثرة: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="231"/>
        <source>late decisions: {count}</source>
        <translation>قرارات متأخرة: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="232"/>
        <source>incidents added: {count}</source>
        <translation>حوادث مضافة: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="261"/>
        <location filename="../../ui/review_dialog.py" line="276"/>
        <location filename="../../ui/review_dialog.py" line="525"/>
        <source>Quarterly review</source>
        <translation>الاستعراض الفصلي</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="267"/>
        <source>Internal: the country team</source>
        <translation>داخلي: الفريق القطري</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="268"/>
        <source>United Nations system</source>
        <translation>منظومة الأمم المتحدة</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="270"/>
        <source>Who the review is for: for the UN, names it may not read are left out</source>
        <translation>لمن الاستعراض: بالنسبة للأمم المتحدة تُحذف الأسماء التي لا يجوز لها الاطلاع عليها</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="278"/>
        <location filename="../../ui/review_dialog.py" line="289"/>
        <source>Quarter</source>
        <translation>الفصل</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="278"/>
        <source>For</source>
        <translation>لـ</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="286"/>
        <location filename="../../ui/review_dialog.py" line="311"/>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="290"/>
        <source>Situation</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="291"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="292"/>
        <source>Entity / person</source>
        <translation>الكيان / الشخص</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="293"/>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="294"/>
        <source>State, who and why</source>
        <translation>الوضع، ومن، ولماذا</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="305"/>
        <source>Add decision…</source>
        <translation>إضافة قرار…</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="307"/>
        <source>Change status…</source>
        <translation>تغيير الحالة…</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="332"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="333"/>
        <source>Copy the review as text, to paste elsewhere</source>
        <translation>انسخ المراجعة نصًا للصقها في مكان آخر</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="334"/>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="335"/>
        <source>Save as JSON…</source>
        <translation>حفظ بصيغة JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="373"/>
        <source>The decision is recorded.</source>
        <translation>سُجِّل القرار.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="382"/>
        <source>The decision&apos;s status is saved.</source>
        <translation>حُفظت حالة القرار.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="394"/>
        <source>The review is on the clipboard.</source>
        <translation>المراجعة في الحافظة.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="401"/>
        <source>Save the quarterly review</source>
        <translation>حفظ المراجعة الفصلية</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="402"/>
        <source>review-{quarter}.json</source>
        <translation>review-{quarter}.json</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="403"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="412"/>
        <source>Save the quarterly review as PDF</source>
        <translation>حفظ الاستعراض الفصلي بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="413"/>
        <source>review-{quarter}.pdf</source>
        <translation>review-{quarter}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="414"/>
        <source>PDF (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="434"/>
        <location filename="../../ui/review_dialog.py" line="454"/>
        <source>The review was not saved.</source>
        <translation>لم تُحفظ المراجعة.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="436"/>
        <source>Saved to {path}.</source>
        <translation>حُفظت في {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="458"/>
        <source>Saved to {path} (SHA-256 {hash}).</source>
        <translation>حُفظ في {path} (SHA-256 {hash}).</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="489"/>
        <source>The review could not be built.</source>
        <translation>تعذّر إعداد الاستعراض.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="511"/>
        <source>by {user} on {date}</source>
        <translation>بواسطة {user} في {date}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="531"/>
        <source>No situation of concern.</source>
        <translation>لا توجد حالة مثيرة للقلق.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="533"/>
        <source>Deterioration</source>
        <translation>تدهور</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="542"/>
        <source>{points} points: {reasons}</source>
        <translation>{points} نقطة: {reasons}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="552"/>
        <source>Risk: {factor}: {old} → {new}</source>
        <translation>الخطر: {factor}: {old} ← {new}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="562"/>
        <source>all incidents</source>
        <translation>جميع الحوادث</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="574"/>
        <source>Overdue: {title} (due {due}, lead {lead})</source>
        <translation>متأخر: {title} (الموعد النهائي {due}، الكيان الرائد {lead})</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="585"/>
        <source>Blocked: {title}</source>
        <translation>معطل: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="588"/>
        <source>Incidents added: {count}</source>
        <translation>الحوادث المضافة: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="595"/>
        <source>Engagement on {date}: {type}, {un_by} with {with_whom}</source>
        <translation>اتصال في {date}: {type}، {un_by} مع {with_whom}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="609"/>
        <source>Decision: {text} ({who}, due {due}): {state}</source>
        <translation>القرار: {text} ({who}، الموعد النهائي {due}): {state}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="621"/>
        <source>Decisions of {quarter}, as of {date}</source>
        <translation>قرارات {quarter}، في {date}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="627"/>
        <source>No decision recorded.</source>
        <translation>لم يُسجَّل أي قرار.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="633"/>
        <source>{situation}: {text} ({who}, due {due}): {state}</source>
        <translation>{situation}: {text} ({who}، الموعد النهائي {due}): {state}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/review_page.py" line="255"/>
        <source>Waiting for my review</source>
        <translation>بانتظار مراجعتي</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="256"/>
        <source>All submitted records</source>
        <translation>كل السجلات المقدَّمة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="257"/>
        <source>Returned to me</source>
        <translation>المُعادة إليّ</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="258"/>
        <source>&amp;Show</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="265"/>
        <source>Records in review</source>
        <translation>السجلات قيد المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="275"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="276"/>
        <source>A&amp;pprove…</source>
        <translation>&amp;موافقة…</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="277"/>
        <source>Re&amp;turn to author…</source>
        <translation>إ&amp;عادة إلى الكاتب…</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="278"/>
        <source>Assi&amp;gn…</source>
        <translation>إ&amp;سناد…</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="350"/>
        <location filename="../../ui/review_page.py" line="357"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="351"/>
        <location filename="../../ui/review_page.py" line="358"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="352"/>
        <location filename="../../ui/review_page.py" line="359"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="353"/>
        <source>Returned by</source>
        <translation>أعاده</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="354"/>
        <source>Reviewer&apos;s comment</source>
        <translation>تعليق المراجع</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="360"/>
        <source>Submitted by</source>
        <translation>قدّمه</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="361"/>
        <source>Assigned to</source>
        <translation>مُسنَد إلى</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="374"/>
        <source>(no one)</source>
        <translation>(لا أحد)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="375"/>
        <source>(not recorded)</source>
        <translation>(غير مسجَّل)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="394"/>
        <source>{n} record(s) waiting for your review.</source>
        <translation>سجلات بانتظار مراجعتك: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="395"/>
        <source>{n} submitted record(s) in this store.</source>
        <translation>سجلات مقدَّمة في هذا المخزن: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="396"/>
        <source>{n} record(s) returned to you: open one to work on it.</source>
        <translation>سجلات أُعيدت إليك: {n}. افتح أحدها للعمل عليه.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="399"/>
        <source>Nothing is waiting for your review.</source>
        <translation>لا شيء بانتظار مراجعتك.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="400"/>
        <source>No record is waiting for review.</source>
        <translation>لا يوجد سجل بانتظار المراجعة.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="401"/>
        <source>No record was returned to you.</source>
        <translation>لم يُعَد إليك أي سجل.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="423"/>
        <source>Could not do it ({kind}); nothing was changed.</source>
        <translation>تعذّر ذلك ({kind})؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="465"/>
        <source>Approved “{title}” ({standard}).</source>
        <translation>تمت الموافقة على «{title}» ({standard}).</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="478"/>
        <source>Returned “{title}” to its author.</source>
        <translation>أُعيد «{title}» إلى كاتبه.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="491"/>
        <source>Assigned “{title}” to {user}.</source>
        <translation>أُسند «{title}» إلى {user}.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="493"/>
        <source>“{title}” is open to any reviewer.</source>
        <translation>«{title}» متاح لأي مراجع.</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <location filename="../../ui/incident_editor/rows.py" line="48"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/rows.py" line="110"/>
        <source>{mask} (protected)</source>
        <translation>{mask} (محمي)</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <location filename="../../ui/incident_editor/rows.py" line="231"/>
        <source>Remove {row}</source>
        <translation>إزالة {row}</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Sample data — not a real store</source>
        <translation>بيانات نموذجية — ليس مخزناً حقيقياً</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Every record here is fictitious. What you type stays in this sample folder and can never be sent to HQ.</source>
        <translation>كل السجلات هنا وهمية. ما تكتبه يبقى في هذا المجلد النموذجي ولا يمكن إرساله إلى المقر أبداً.</translation>
    </message>
</context>
<context>
    <name>SaveFilterDialog</name>
    <message>
        <location filename="../../ui/incident_list.py" line="125"/>
        <source>Save the filters</source>
        <translation>حفظ المرشّحات</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="127"/>
        <source>Name of the filter</source>
        <translation>اسم المرشّح</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="135"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="47"/>
        <source>Self-test</source>
        <translation>الاختبار الذاتي</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="61"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="65"/>
        <source>&amp;Copy results</source>
        <translation>&amp;نسخ النتائج</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="66"/>
        <source>Run &amp;again</source>
        <translation>إعادة ال&amp;تشغيل</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="98"/>
        <source>Checking {name}…</source>
        <translation>جارٍ التحقق: {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="131"/>
        <source>{failed} of {total} checks failed. Copy the results and send them to whoever supports Upfront for your office.</source>
        <translation>فشل {failed} من أصل {total} من الفحوص. انسخ النتائج وأرسلها إلى من يتولى دعم Upfront في مكتبك.</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="141"/>
        <source>Everything works: {total} checks passed or did not apply.</source>
        <translation>كل شيء يعمل: {total} من الفحوص نجحت أو لا تنطبق.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="70"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="83"/>
        <source>{percent}%</source>
        <translation>{percent}٪</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>Remember me on this device</source>
        <translation>تذكرني على هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</source>
        <translation>الاحتفاظ بمفتاح في سلسلة المفاتيح الآمنة لهذا الحاسوب ليفتح Upfront دون عبارة المرور. فقط لحاسوب تستخدمه وحدك.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>This computer has no secure keyring, so Upfront cannot remember you here.</source>
        <translation>لا توجد على هذا الحاسوب سلسلة مفاتيح آمنة، لذا لا يستطيع Upfront تذكرك هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119"/>
        <source>The standard folder for this computer</source>
        <translation>المجلد الافتراضي لهذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفح…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="139"/>
        <source>Applies when Upfront next starts.</source>
        <translation>يُطبَّق عند تشغيل Upfront في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>The whole window, at once.</source>
        <translation>النافذة كلها، فورًا.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="142"/>
        <source>Upfront locks itself after this long without keyboard or mouse input.</source>
        <translation>يُقفل Upfront نفسه بعد هذه المدة دون استخدام لوحة المفاتيح أو الفأرة.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="145"/>
        <source>Locks at once, from any Upfront window.</source>
        <translation>يُقفل فورًا، من أي نافذة من نوافذ Upfront.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="148"/>
        <source>Applies when Upfront next starts. Move keys.json and upfront.db there yourself, together.</source>
        <translation>يُطبَّق عند تشغيل Upfront في المرة القادمة. انقل الملفين keys.json وupfront.db معًا إلى هناك بنفسك.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>{variable} is set and takes precedence.</source>
        <translation>المتغير {variable} مُعيَّن وله الأولوية.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="158"/>
        <source>Not available: this computer has no secure keyring.</source>
        <translation>غير متاح: لا توجد على هذا الحاسوب سلسلة مفاتيح آمنة.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="166"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="167"/>
        <source>&amp;Text size:</source>
        <translation>&amp;حجم النص:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="168"/>
        <source>Lock when &amp;idle for:</source>
        <translation>القفل بعد &amp;خمول لمدة:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="169"/>
        <source>&amp;Panic key:</source>
        <translation>مفتاح ال&amp;طوارئ:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="171"/>
        <source>&amp;Data folder:</source>
        <translation>مجلد ال&amp;بيانات:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="209"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="218"/>
        <source>Use Ctrl, Alt or a function key, or typing would lock Upfront.</source>
        <translation>استخدم Ctrl أو Alt أو مفتاح وظيفة، وإلا فإن الكتابة ستُقفل Upfront.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="54"/>
        <location filename="../../ui/shortcuts_dialog.py" line="58"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="59"/>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="59"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="59"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="75"/>
        <source>Every command has a menu entry; these keys reach the most used ones. In a menu or a form, the underlined letter with Alt does the same.</source>
        <translation>لكل أمر مدخل في القائمة؛ وتوصل هذه المفاتيح إلى أكثرها استخدامًا. وفي القائمة أو الاستمارة، يؤدي الحرف الذي تحته خط مع Alt الشيء نفسه.</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="84"/>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="86"/>
        <source>Next field or button</source>
        <translation>الحقل أو الزر التالي</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="87"/>
        <source>Previous field or button</source>
        <translation>الحقل أو الزر السابق</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="88"/>
        <source>The field or button whose letter is underlined</source>
        <translation>الحقل أو الزر الذي تحت حرفه خط</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="89"/>
        <source>Open the list entry chosen, press the default button</source>
        <translation>فتح المدخل المختار من القائمة، أو الضغط على الزر الافتراضي</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="90"/>
        <source>Close a dialog (it asks first when something would be lost)</source>
        <translation>إغلاق نافذة حوار (تسأل أولًا إن كان شيء سيضيع)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="91"/>
        <source>This sheet</source>
        <translation>هذه القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="109"/>
        <source>Keyboard &amp;shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>SignalWords</name>
    <message numerus="yes">
        <location filename="../../ui/signal_words.py" line="41"/>
        <source>%n incident(s) in the last {weeks} weeks</source>
        <translation>
            <numerusform>%n حادثة في آخر {weeks} أسابيع</numerusform>
            <numerusform>حادثة واحدة في آخر {weeks} أسابيع</numerusform>
            <numerusform>حادثتان في آخر {weeks} أسابيع</numerusform>
            <numerusform>%n حوادث في آخر {weeks} أسابيع</numerusform>
            <numerusform>%n حادثة في آخر {weeks} أسابيع</numerusform>
            <numerusform>%n حادثة في آخر {weeks} أسابيع</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="44"/>
        <source>usually {rate} a week in the {weeks} weeks before</source>
        <translation>عادةً {rate} في الأسبوع خلال الأسابيع الـ{weeks} السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="51"/>
        <source>{recent}, where there were none in the {weeks} weeks before.</source>
        <translation>{recent}، ولم تقع أي حادثة خلال الأسابيع الـ{weeks} السابقة.</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="57"/>
        <source>{recent} ({usual}): {ratio} times the usual weekly level.</source>
        <translation>{recent} ({usual}): {ratio} ضعف المستوى الأسبوعي المعتاد.</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="64"/>
        <source>Alert: a rise this large is unlikely to be chance.</source>
        <translation>تنبيه: من غير المرجّح أن تكون زيادة بهذا الحجم مصادفة.</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="68"/>
        <source>Alert: above the alert level of {alert} times, and a rise this large is unlikely to be chance.</source>
        <translation>تنبيه: أعلى من مستوى التنبيه البالغ {alert} ضعف، ومن غير المرجّح أن تكون زيادة بهذا الحجم مصادفة.</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="76"/>
        <source>No alert: too few incidents to judge (an alert needs at least {least}).</source>
        <translation>لا تنبيه: الحوادث أقل من أن يُحكم عليها (يتطلب التنبيه {least} على الأقل).</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="82"/>
        <source>No alert: below the alert level of {alert} times.</source>
        <translation>لا تنبيه: أدنى من مستوى التنبيه البالغ {alert} ضعف.</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="87"/>
        <source>No alert: a rise of this size could still be chance with so few incidents.</source>
        <translation>لا تنبيه: مع هذا العدد القليل من الحوادث قد تكون زيادة بهذا الحجم مصادفة.</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="95"/>
        <source>How alerts are raised: the last {recent} weeks are compared with the {baseline} weeks before. An alert needs at least {least} incidents, a weekly level at least {alert} times the usual one, and a rise too large to be chance (less than 1 chance in {odds}; for violation types, taken all together).</source>
        <translation>كيف تُطلق التنبيهات: تُقارن آخر {recent} أسابيع بالأسابيع الـ{baseline} السابقة. يتطلب التنبيه {least} حوادث على الأقل، ومستوى أسبوعيًا يبلغ {alert} ضعف المستوى المعتاد على الأقل، وزيادة أكبر من أن تكون مصادفة (احتمال أقل من 1 من {odds}؛ وبالنسبة لأنواع الانتهاكات، مجتمعةً).</translation>
    </message>
</context>
<context>
    <name>SituationDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="438"/>
        <source>Situation of concern</source>
        <translation>حالة مثيرة للقلق</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="444"/>
        <source>regions, separated by commas (none: all)</source>
        <translation>المناطق، مفصولة بفواصل (بلا تحديد: جميع المناطق)</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="466"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="467"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="468"/>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="469"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="470"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="448"/>
        <location filename="../../ui/situation_dialogs.py" line="471"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="449"/>
        <location filename="../../ui/situation_dialogs.py" line="472"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="473"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="474"/>
        <source>Violation types (none ticked: all)</source>
        <translation>أنواع الانتهاكات (إن لم يُحدَّد أيٌّ منها: جميعها)</translation>
    </message>
</context>
<context>
    <name>SituationsPage</name>
    <message>
        <location filename="../../ui/situations_page.py" line="90"/>
        <source>Situations of concern</source>
        <translation>الحالات المثيرة للقلق</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="102"/>
        <source>Risk factors over time</source>
        <translation>عوامل الخطر عبر الزمن</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="109"/>
        <source>Actions of the strategy</source>
        <translation>إجراءات الاستراتيجية</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="113"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="114"/>
        <source>Pillar</source>
        <translation>الركيزة</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="115"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="116"/>
        <source>Lead</source>
        <translation>الكيان الرائد</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="117"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="118"/>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="119"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="131"/>
        <source>New assessment…</source>
        <translation>تقييم جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="133"/>
        <source>Add action…</source>
        <translation>إضافة إجراء…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="135"/>
        <source>Edit action…</source>
        <translation>تعديل الإجراء…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="138"/>
        <source>Objectives…</source>
        <translation>الأهداف…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="157"/>
        <source>Risk heat map</source>
        <translation>خريطة حرارية للمخاطر</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="158"/>
        <location filename="../../ui/situations_page.py" line="634"/>
        <source>Signals</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="159"/>
        <source>Strategy</source>
        <translation>الاستراتيجية</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="161"/>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="165"/>
        <source>Engagement log</source>
        <translation>سجل التواصل</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="166"/>
        <source>Task force and guidance</source>
        <translation>فرقة العمل والتوجيهات</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="168"/>
        <source>Quarterly review…</source>
        <translation>الاستعراض الفصلي…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="170"/>
        <source>New situation…</source>
        <translation>حالة جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="172"/>
        <source>Edit situation…</source>
        <translation>تعديل الحالة…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="181"/>
        <source>Timeline…</source>
        <translation>التسلسل الزمني…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="183"/>
        <source>From the first warning to action: the situation&apos;s timeline</source>
        <translation>من الإنذار الأول إلى العمل: التسلسل الزمني للحالة</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="208"/>
        <source>All confidentiality levels</source>
        <translation>جميع مستويات السرية</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="215"/>
        <source>Confidentiality</source>
        <translation>السرية</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="225"/>
        <source>Charts need Qt&apos;s chart module (PySide6-Addons), which is not installed.</source>
        <translation>تحتاج الرسوم البيانية إلى وحدة الرسوم البيانية في Qt ‏(PySide6-Addons)، وهي غير مثبتة.</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="236"/>
        <source>Acts per week, by violation type</source>
        <translation>الأفعال في الأسبوع، حسب نوع الانتهاك</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="241"/>
        <source>Violation types in the chart</source>
        <translation>أنواع الانتهاكات في الرسم البياني</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="256"/>
        <location filename="../../ui/situations_page.py" line="394"/>
        <source>Humanitarian figures per week</source>
        <translation>الأرقام الإنسانية أسبوعياً</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="259"/>
        <source>Humanitarian figures beside the violations</source>
        <translation>الأرقام الإنسانية إلى جانب الانتهاكات</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="317"/>
        <source>Acts per week, by violation type, to {end}</source>
        <translation>الأفعال في الأسبوع، حسب نوع الانتهاك، حتى {end}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="328"/>
        <source>Week ending on</source>
        <translation>الأسبوع المنتهي في</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="340"/>
        <source>Acts</source>
        <translation>الأفعال</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="237"/>
        <location filename="../../ui/situations_page.py" line="346"/>
        <source>Acts by region, last 26 weeks</source>
        <translation>الأفعال حسب المنطقة، آخر 26 أسبوعًا</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="348"/>
        <source>(no region)</source>
        <translation>(بلا منطقة)</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="366"/>
        <source>{measure} in {place}: {ratio}× the 12 weeks before; {acts}</source>
        <translation>{measure} في {place}: {ratio}× مقارنة بالأسابيع الاثني عشر السابقة؛ {acts}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="370"/>
        <source>acts rose: {types}</source>
        <translation>ارتفعت الأفعال: {types}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="372"/>
        <source>no act type rose</source>
        <translation>لم يرتفع أي نوع من الأفعال</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="376"/>
        <source>No humanitarian series is held for this situation&apos;s places.</source>
        <translation>لا توجد سلاسل إنسانية محفوظة لأماكن هذه الحالة.</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="385"/>
        <source>{measure} in {place} ({dataset})</source>
        <translation>{measure} في {place} ({dataset})</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="530"/>
        <source>The situations could not be loaded.</source>
        <translation>تعذّر تحميل الحالات.</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="546"/>
        <source>No situation of concern yet. Add one with New situation….</source>
        <translation>لا توجد حالة مثيرة للقلق بعد. أضف حالة بزر «حالة جديدة…».</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="567"/>
        <source>{status} · {count} incidents · owner {owner}</source>
        <translation>{status} · الحوادث: {count} · المسؤول: {owner}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="585"/>
        <source>Risk factor</source>
        <translation>عامل الخطر</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="592"/>
        <source>Overall</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="614"/>
        <source>&lt;b&gt;All incidents:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;جميع الحوادث:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="622"/>
        <source>&lt;b&gt;{type}:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;{type}:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="634"/>
        <source>Signals ⚠</source>
        <translation>الإشارات ⚠</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="638"/>
        <source>No strategy yet.</source>
        <translation>لا توجد استراتيجية بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="643"/>
        <source>Version {version}. Objectives: {objectives}</source>
        <translation>النسخة {version}. الأهداف: {objectives}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="653"/>
        <source>{status} — overdue</source>
        <translation>{status} — متأخر</translation>
    </message>
</context>
<context>
    <name>StrategiesPage</name>
    <message>
        <location filename="../../ui/strategies_page.py" line="67"/>
        <location filename="../../ui/strategies_page.py" line="96"/>
        <location filename="../../ui/strategies_page.py" line="122"/>
        <source>Pillar</source>
        <translation>الركيزة</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="68"/>
        <source>All pillars</source>
        <translation>جميع الركائز</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="73"/>
        <location filename="../../ui/strategies_page.py" line="101"/>
        <location filename="../../ui/strategies_page.py" line="124"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="74"/>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="78"/>
        <source>Only overdue or blocked</source>
        <translation>المتأخرة أو المتعثرة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="85"/>
        <source>No situation has a strategy yet. Add one under Situations.</source>
        <translation>لا توجد استراتيجية لأي وضع بعد. أضف واحدة ضمن الأوضاع.</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="91"/>
        <source>Actions of every situation&apos;s strategy</source>
        <translation>إجراءات استراتيجية كل وضع</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="94"/>
        <source>Situation</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="95"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="97"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="98"/>
        <source>Lead</source>
        <translation>الكيان الرائد</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="99"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="100"/>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="113"/>
        <source>Objectives of its situation…</source>
        <translation>أهداف الحالة التي ينتمي إليها…</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="154"/>
        <source>The actions could not be loaded.</source>
        <translation>تعذّر تحميل الإجراءات.</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="188"/>
        <source>{status} — overdue</source>
        <translation>{status} — متأخر</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="214"/>
        <source>{actions} in {situations}; {overdue} overdue, {blocked} blocked</source>
        <translation>{actions} في {situations}؛ {overdue} متأخرة، {blocked} متعثرة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategies_page.py" line="215"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n إجراء</numerusform>
            <numerusform>إجراء واحد</numerusform>
            <numerusform>إجراءان</numerusform>
            <numerusform>%n إجراءات</numerusform>
            <numerusform>%n إجراءً</numerusform>
            <numerusform>%n إجراء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategies_page.py" line="216"/>
        <source>%n situation(s)</source>
        <translation>
            <numerusform>%n وضع</numerusform>
            <numerusform>وضع واحد</numerusform>
            <numerusform>وضعان</numerusform>
            <numerusform>%n أوضاع</numerusform>
            <numerusform>%n وضعًا</numerusform>
            <numerusform>%n وضع</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/passphrase.py" line="104"/>
        <source>Too short</source>
        <translation>قصيرة جدًا</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="105"/>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="106"/>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="107"/>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="108"/>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_page.py" line="271"/>
        <source>HQ</source>
        <translation>المقر</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="272"/>
        <source>Last success</source>
        <translation>آخر مزامنة ناجحة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="273"/>
        <source>Waiting to go</source>
        <translation>في انتظار الإرسال</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="274"/>
        <source>To fetch from HQ</source>
        <translation>في انتظار الجلب من المقر</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="275"/>
        <source>Not fetched</source>
        <translation>لم يُجلب</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="277"/>
        <source>Last problem</source>
        <translation>آخر مشكلة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="279"/>
        <source>Next attempt</source>
        <translation>المحاولة التالية</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="281"/>
        <source>Sync now</source>
        <translation>المزامنة الآن</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="283"/>
        <source>Enrol with HQ…</source>
        <translation>التسجيل لدى المقر…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="290"/>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="303"/>
        <location filename="../../ui/sync_page.py" line="309"/>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="303"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="303"/>
        <source>Needs</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="306"/>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="309"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="309"/>
        <source>HQ&apos;s reason</source>
        <translation>سبب المقر</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="304"/>
        <location filename="../../ui/sync_page.py" line="318"/>
        <source>Conflicts to merge</source>
        <translation>تعارضات تحتاج إلى دمج</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="311"/>
        <source>Refused by HQ (quarantine)</source>
        <translation>رفضها المقر (الحجر)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="324"/>
        <source>Refused by HQ (quarantine): these changes are kept here and did not block the others</source>
        <translation>رفضها المقر (الحجر): هذه التغييرات محفوظة هنا ولم تمنع التغييرات الأخرى</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="379"/>
        <source>The sync status could not be read.</source>
        <translation>تعذّرت قراءة حالة المزامنة.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="392"/>
        <source>Not enrolled: press Enrol with HQ… and type what HQ gave you</source>
        <translation>غير مسجَّل: اضغط «التسجيل لدى المقر…» واكتب ما أعطاك إياه المقر</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="399"/>
        <source>never</source>
        <translation>لم تتم بعد</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="402"/>
        <source>{changes} change(s), {files} file(s)</source>
        <translation>التغييرات: {changes}، الملفات: {files}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="409"/>
        <source>%n file(s), {size} left</source>
        <translation>
            <numerusform>%n ملف، يتبقى {size}</numerusform>
            <numerusform>ملف واحد، يتبقى {size}</numerusform>
            <numerusform>ملفان، يتبقى {size}</numerusform>
            <numerusform>%n ملفات، يتبقى {size}</numerusform>
            <numerusform>%n ملفًا، يتبقى {size}</numerusform>
            <numerusform>%n ملف، يتبقى {size}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="413"/>
        <location filename="../../ui/sync_page.py" line="430"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="420"/>
        <source>%n file(s) HQ refused to send (last on {when}): not for this device&apos;s team or audience, or no longer held at HQ. Their records are here without them.</source>
        <translation>
            <numerusform>رفض المقر إرسال %n ملف (آخر مرة في {when}): ليست لفريق هذا الجهاز أو جمهوره المستهدف، أو لم يعد المقر يحتفظ بها. سجلاتها هنا من دونها.</numerusform>
            <numerusform>رفض المقر إرسال ملف واحد (آخر مرة في {when}): ليس لفريق هذا الجهاز أو جمهوره المستهدف، أو لم يعد المقر يحتفظ به. سجله هنا من دونه.</numerusform>
            <numerusform>رفض المقر إرسال ملفين (آخر مرة في {when}): ليسا لفريق هذا الجهاز أو جمهوره المستهدف، أو لم يعد المقر يحتفظ بهما. سجلاهما هنا من دونهما.</numerusform>
            <numerusform>رفض المقر إرسال %n ملفات (آخر مرة في {when}): ليست لفريق هذا الجهاز أو جمهوره المستهدف، أو لم يعد المقر يحتفظ بها. سجلاتها هنا من دونها.</numerusform>
            <numerusform>رفض المقر إرسال %n ملفًا (آخر مرة في {when}): ليست لفريق هذا الجهاز أو جمهوره المستهدف، أو لم يعد المقر يحتفظ بها. سجلاتها هنا من دونها.</numerusform>
            <numerusform>رفض المقر إرسال %n ملف (آخر مرة في {when}): ليست لفريق هذا الجهاز أو جمهوره المستهدف، أو لم يعد المقر يحتفظ بها. سجلاتها هنا من دونها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="432"/>
        <source>Sync: not set up</source>
        <translation>المزامنة: غير مُعدّة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="435"/>
        <source>Sync: {count} waiting</source>
        <translation>المزامنة: {count} في الانتظار</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="438"/>
        <source>Sync: %n file(s) to fetch</source>
        <translation>
            <numerusform>المزامنة: %n ملف للجلب</numerusform>
            <numerusform>المزامنة: ملف واحد للجلب</numerusform>
            <numerusform>المزامنة: ملفان للجلب</numerusform>
            <numerusform>المزامنة: %n ملفات للجلب</numerusform>
            <numerusform>المزامنة: %n ملفًا للجلب</numerusform>
            <numerusform>المزامنة: %n ملف للجلب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="440"/>
        <source>Sync: failed, will retry</source>
        <translation>المزامنة: فشلت، وستُعاد المحاولة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="442"/>
        <source>Sync: up to date</source>
        <translation>المزامنة: محدَّثة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="450"/>
        <source>HQ says this computer&apos;s clock is {hours} hours ahead. Correct it: HQ treats its time stamps as HQ&apos;s own time.</source>
        <translation>يفيد المقر بأن ساعة هذا الحاسوب متقدمة بمقدار {hours} ساعة. صحّحها: فالمقر يعامل الطوابع الزمنية لهذا الحاسوب على أنها بتوقيت المقر.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="463"/>
        <source>merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="489"/>
        <source>when you choose Sync now</source>
        <translation>عندما تختار «المزامنة الآن»</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="492"/>
        <source>in {seconds} s</source>
        <translation>بعد {seconds} ثانية</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="499"/>
        <source>after enrolment</source>
        <translation>بعد التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="506"/>
        <source>connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="507"/>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="528"/>
        <source>changes sent: {sent}, received: {received}</source>
        <translation>التغييرات المرسلة: {sent}، المستلمة: {received}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="538"/>
        <source>fetching files from HQ: {done} of {total} done, {got} of {size}</source>
        <translation>جارٍ جلب الملفات من المقر: اكتمل {done} من {total}، {got} من {size}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="540"/>
        <source>files fetched from HQ: {done} of {total} ({got})</source>
        <translation>الملفات المجلوبة من المقر: {done} من {total} ({got})</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="577"/>
        <source>erased on HQ&apos;s order</source>
        <translation>مُسح بأمر من المقر</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="594"/>
        <source>Failed: {problem}</source>
        <translation>فشلت: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="643"/>
        <source>The merge could not be saved.</source>
        <translation>تعذّر حفظ الدمج.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="291"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="292"/>
        <source>Cancel this sync</source>
        <translation>إلغاء هذه المزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="583"/>
        <source>Sync cancelled; what was received is kept, and the next sync goes on from there.</source>
        <translation>أُلغيت المزامنة؛ يُحتفظ بما وصل، وتستأنف المزامنة التالية من حيث توقفت.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="604"/>
        <source>stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
</context>
<context>
    <name>TaskForceDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="359"/>
        <source>Inter-agency task force</source>
        <translation>فرقة العمل المشتركة بين الوكالات</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="362"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="363"/>
        <source>Member entities</source>
        <translation>الكيانات الأعضاء</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="364"/>
        <source>Established on</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="365"/>
        <source>Situation Response Coordinator</source>
        <translation>منسق الاستجابة للحالة</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="366"/>
        <source>Coordinator&apos;s name</source>
        <translation>اسم المنسق</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="367"/>
        <source>Coordinator&apos;s entity</source>
        <translation>كيان المنسق</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="368"/>
        <source>Appointed on</source>
        <translation>تاريخ التعيين</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="369"/>
        <source>Task force</source>
        <translation>فرقة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="376"/>
        <source>A Situation Response Coordinator is appointed</source>
        <translation>عُيّن منسق للاستجابة للحالة</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="97"/>
        <source>Warning-to-action timeline</source>
        <translation>التسلسل الزمني من الإنذار إلى العمل</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="102"/>
        <source>Timeline of warnings and actions</source>
        <translation>التسلسل الزمني للإنذارات والإجراءات</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="106"/>
        <source>From the first warning to</source>
        <translation>من الإنذار الأول إلى</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="107"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="108"/>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="109"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="112"/>
        <source>Intervals from the first warning</source>
        <translation>الفترات منذ الإنذار الأول</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="118"/>
        <location filename="../../ui/timeline_dialog.py" line="119"/>
        <source>After-action review (draft)</source>
        <translation>استعراض ما بعد العمل (مسودة)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="132"/>
        <source>Save PDF…</source>
        <translation>حفظ PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="133"/>
        <source>Save JSON…</source>
        <translation>حفظ JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="160"/>
        <source>The timeline could not be built.</source>
        <translation>تعذّر إنشاء التسلسل الزمني.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="166"/>
        <source>{name}, as of {date}</source>
        <translation>{name}، حتى {date}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="194"/>
        <source>Save the timeline</source>
        <translation>حفظ التسلسل الزمني</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="195"/>
        <source>timeline.pdf</source>
        <translation>timeline.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="195"/>
        <source>timeline.json</source>
        <translation>timeline.json</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="196"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="196"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="214"/>
        <location filename="../../ui/timeline_dialog.py" line="231"/>
        <source>The timeline was not saved.</source>
        <translation>لم يُحفظ التسلسل الزمني.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="216"/>
        <location filename="../../ui/timeline_dialog.py" line="233"/>
        <source>Saved to {path}.</source>
        <translation>حُفظ في {path}.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="124"/>
        <source>Unlock Upfront</source>
        <translation>فتح Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="138"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="139"/>
        <location filename="../../ui/unlock.py" line="321"/>
        <location filename="../../ui/unlock.py" line="325"/>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="162"/>
        <source>Too many wrong attempts.</source>
        <translation>محاولات خاطئة كثيرة جدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="173"/>
        <source>&amp;Remember me on this device</source>
        <translation>&amp;تذكرني على هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="179"/>
        <source>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</source>
        <translation>الاحتفاظ بمفتاح في سلسلة المفاتيح الآمنة لهذا الحاسوب ليفتح Upfront دون عبارة المرور. فقط لحاسوب تستخدمه وحدك.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="188"/>
        <source>This computer has no secure keyring (such as Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet), so Upfront cannot remember you here. Enter your passphrase each time.</source>
        <translation>لا توجد على هذا الحاسوب سلسلة مفاتيح آمنة (مثل مدير بيانات الاعتماد في Windows أو سلسلة مفاتيح macOS أو GNOME Keyring أو KWallet)، لذا لا يستطيع Upfront تذكرك هنا. أدخل عبارة المرور في كل مرة.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="194"/>
        <source>Not available: this computer has no secure keyring.</source>
        <translation>غير متاح: لا توجد على هذا الحاسوب سلسلة مفاتيح آمنة.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="199"/>
        <location filename="../../ui/unlock.py" line="271"/>
        <source>U&amp;ser:</source>
        <translation>الم&amp;ستخدم:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="201"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="206"/>
        <source>Upfront is locked</source>
        <translation>Upfront مقفل</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="208"/>
        <source>The records on this computer are encrypted. Enter your passphrase to open them.</source>
        <translation>السجلات على هذا الحاسوب مشفّرة. أدخل عبارة المرور لفتحها.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="220"/>
        <source>Recovery &amp;key:</source>
        <translation>م&amp;فتاح الاسترداد:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="223"/>
        <source>Unlock with the recovery key</source>
        <translation>الفتح بمفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="225"/>
        <source>Type the recovery key that was printed or written down when Upfront was set up on this computer. Dashes and spaces are optional, and lower-case letters are fine.</source>
        <translation>اكتب مفتاح الاسترداد الذي طُبع أو كُتب عند إعداد Upfront على هذا الحاسوب. الشرطات والمسافات اختيارية، والأحرف الصغيرة مقبولة.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="238"/>
        <source>Upfront cannot open the records</source>
        <translation>لا يستطيع Upfront فتح السجلات</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="244"/>
        <source>If you have a backup copy of the key file (keys.json), put it back in this folder and choose Try again:
{folder}</source>
        <translation>إذا كانت لديك نسخة احتياطية من ملف المفاتيح (keys.json)، فأعِدها إلى هذا المجلد واختر «حاول مرة أخرى»:
{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="275"/>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="275"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;أعد كتابة عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="279"/>
        <source>Choose a new passphrase</source>
        <translation>اختر عبارة مرور جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="281"/>
        <source>The recovery key was accepted. Choose whose passphrase to replace, or type a new name, and set the passphrase to use from now on. The recovery key stays valid.</source>
        <translation>تم قبول مفتاح الاسترداد. اختر المستخدم الذي ستُستبدل عبارة مروره، أو اكتب اسمًا جديدًا، ثم عيّن عبارة المرور التي ستُستخدم من الآن فصاعدًا. يبقى مفتاح الاسترداد صالحًا.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="320"/>
        <source>Use recovery key</source>
        <translation>استخدام مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="324"/>
        <source>Use passphrase</source>
        <translation>استخدام عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="328"/>
        <source>Set passphrase and &amp;open</source>
        <translation>التعيين وال&amp;فتح</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="331"/>
        <source>&amp;Try again</source>
        <translation>&amp;حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="347"/>
        <source>No user has a passphrase for this store. Use the recovery key.</source>
        <translation>لا يملك أي مستخدم عبارة مرور لهذا المخزن. استخدم مفتاح الاسترداد.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="370"/>
        <source>Opening with the key remembered on this device…</source>
        <translation>جارٍ الفتح بالمفتاح المحفوظ على هذا الجهاز…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="394"/>
        <source>Setting the new passphrase…</source>
        <translation>جارٍ تعيين عبارة المرور الجديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="406"/>
        <source>Unlocking…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="498"/>
        <source>The recovery key is not correct. Nothing was changed.</source>
        <translation>مفتاح الاسترداد غير صحيح. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="503"/>
        <source>Wrong passphrase for “{user}”. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>عبارة مرور خاطئة للمستخدم «{user}». تحقق من لغة لوحة المفاتيح ومن مفتاح Caps Lock، ثم حاول مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="549"/>
        <source>You can try again in %n s.</source>
        <translation>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/users_dialog.py" line="144"/>
        <location filename="../../ui/users_dialog.py" line="213"/>
        <source>Users and passphrases</source>
        <translation>المستخدمون وعبارات المرور</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="155"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="158"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="184"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="191"/>
        <source>&amp;Add user…</source>
        <translation>إ&amp;ضافة مستخدم…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="192"/>
        <source>&amp;Remove user…</source>
        <translation>إ&amp;زالة المستخدم…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="193"/>
        <source>Change &amp;my passphrase…</source>
        <translation>تغيير عبارة &amp;مروري…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="217"/>
        <source>Each user opens the records on this computer with a passphrase of their own, and is named as the author of what they record. The recovery key opens the store too; it is not a user and cannot be removed.</source>
        <translation>يفتح كل مستخدم السجلات على هذا الحاسوب بعبارة مرور خاصة به، ويُذكر بوصفه كاتب ما يسجله. ويفتح مفتاح الاسترداد المخزن أيضًا؛ وهو ليس مستخدمًا ولا يمكن إزالته.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="223"/>
        <source>&amp;Users:</source>
        <translation>الم&amp;ستخدمون:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="243"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="245"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="245"/>
        <location filename="../../ui/users_dialog.py" line="296"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;أعد كتابة عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="248"/>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="250"/>
        <source>The new user types this passphrase to open Upfront on this computer, and can change it afterwards. Give it to them in person, never by e-mail or message.</source>
        <translation>يكتب المستخدم الجديد عبارة المرور هذه ليفتح Upfront على هذا الحاسوب، ويمكنه تغييرها لاحقًا. سلّمها إليه شخصيًا، ولا ترسلها أبدًا بالبريد الإلكتروني أو في رسالة.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="269"/>
        <source>Recovery &amp;key:</source>
        <translation>م&amp;فتاح الاسترداد:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="293"/>
        <source>&amp;Current passphrase:</source>
        <translation>عبارة المرور ال&amp;حالية:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="296"/>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="299"/>
        <source>Change the passphrase of “{user}”</source>
        <translation>تغيير عبارة مرور «{user}»</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="301"/>
        <source>From now on only the new passphrase opens Upfront for you. If this computer remembered you, it forgets you until you choose to be remembered again.</source>
        <translation>من الآن فصاعدًا لا تفتح Upfront لك إلا عبارة المرور الجديدة. وإذا كان هذا الحاسوب يتذكرك، فإنه ينساك إلى أن تختار أن يتذكرك من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="337"/>
        <source>{user} (you)</source>
        <translation>{user} (أنت)</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="365"/>
        <source>&amp;Add user</source>
        <translation>إ&amp;ضافة المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="368"/>
        <source>&amp;Remove and replace the key</source>
        <translation>إ&amp;زالة واستبدال المفتاح</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="377"/>
        <source>Change pass&amp;phrase</source>
        <translation>تغيير &amp;عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="431"/>
        <source>Enter the new user&apos;s name.</source>
        <translation>اكتب اسم المستخدم الجديد.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="437"/>
        <source>A user named “{user}” already has a passphrase here. Choose another name.</source>
        <translation>لدى مستخدم باسم «{user}» عبارة مرور هنا بالفعل. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="449"/>
        <source>Enter your current passphrase.</source>
        <translation>اكتب عبارة المرور الحالية.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="457"/>
        <source>This is the only user: the store needs at least one. Add another user first, or use the emergency wipe to destroy the store.</source>
        <translation>هذا هو المستخدم الوحيد، والمخزن يحتاج إلى مستخدم واحد على الأقل. أضف مستخدمًا آخر أولًا، أو استخدم المسح الطارئ لإتلاف المخزن.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="462"/>
        <source>You cannot remove yourself while you are using the store. Another user can remove you.</source>
        <translation>لا يمكنك إزالة نفسك وأنت تستخدم المخزن. يمكن لمستخدم آخر أن يزيلك.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="471"/>
        <source>A sync is running. Removing a user replaces the database key, so wait until the sync ends, then try again.</source>
        <translation>تجري مزامنة الآن. إزالة مستخدم تستبدل مفتاح قاعدة البيانات، فانتظر حتى تنتهي المزامنة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="480"/>
        <source>Select the user to remove.</source>
        <translation>اختر المستخدم المراد إزالته.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="487"/>
        <source>Remove “{user}”?</source>
        <translation>إزالة «{user}»؟</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="491"/>
        <source>Upfront replaces the database key (a key rotation) as it removes “{user}”. Afterwards neither their passphrase nor any copy of the key file they may have kept opens the records on this computer. Every other user&apos;s passphrase and the recovery key go on working as before.

The whole database is rewritten, which can take a while for a large store; nothing is lost if the computer stops meanwhile.</source>
        <translation>عند إزالة «{user}» يستبدل Upfront مفتاح قاعدة البيانات (تدوير المفتاح). وبعد ذلك لا تفتح عبارةُ مروره ولا أيُّ نسخة من ملف المفاتيح ربما احتفظ بها السجلاتِ على هذا الحاسوب. وتظل عبارات مرور المستخدمين الآخرين ومفتاح الاسترداد تعمل كما كانت.

تُعاد كتابة قاعدة البيانات كلها، وقد يستغرق ذلك بعض الوقت في مخزن كبير؛ ولا يضيع شيء إذا توقف الحاسوب في أثناء ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="506"/>
        <source>Needed once: the recovery key was made by an earlier version of Upfront and is converted on the way.</source>
        <translation>مطلوب مرة واحدة: أُنشئ مفتاح الاسترداد بإصدار سابق من Upfront وسيُحوَّل في أثناء ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="551"/>
        <source>Adding the user…</source>
        <translation>جارٍ إضافة المستخدم…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="556"/>
        <source>“{user}” can now open Upfront on this computer.</source>
        <translation>يمكن لـ«{user}» الآن فتح Upfront على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="581"/>
        <source>Enter the recovery key.</source>
        <translation>اكتب مفتاح الاسترداد.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="585"/>
        <source>Removing “{user}” and replacing the key…</source>
        <translation>جارٍ إزالة «{user}» واستبدال المفتاح…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="602"/>
        <source>“{user}” was removed and the database key replaced. Their passphrase no longer opens the records here.</source>
        <translation>أُزيل «{user}» واستُبدل مفتاح قاعدة البيانات. لم تعد عبارة مروره تفتح السجلات هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="615"/>
        <source>The recovery key is not correct. Nothing was changed.</source>
        <translation>مفتاح الاسترداد غير صحيح. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="621"/>
        <source>Upfront is open in another window or program on this computer. Removing a user needs the store to itself: close Upfront there, then try again. Nothing was changed.</source>
        <translation>Upfront مفتوح في نافذة أو برنامج آخر على هذا الحاسوب. تتطلب إزالة مستخدم ألّا يكون المخزن مفتوحًا في مكان آخر: أغلق Upfront هناك ثم حاول مرة أخرى. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="631"/>
        <source>Some users&apos; passphrases were set by an earlier version of Upfront and have not been used since. Each of them opens Upfront once on this computer; then the user can be removed. Nothing was changed.</source>
        <translation>عيّن إصدار سابق من Upfront عبارات مرور بعض المستخدمين ولم تُستخدم منذ ذلك الحين. ليفتح كل منهم Upfront مرة واحدة على هذا الحاسوب، ثم يمكن إزالة المستخدم. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="669"/>
        <source>Changing the passphrase…</source>
        <translation>جارٍ تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="674"/>
        <source>The passphrase of “{user}” was changed.</source>
        <translation>تغيّرت عبارة مرور «{user}».</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="680"/>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>عبارة المرور الحالية غير صحيحة. لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>ViolationChoice</name>
    <message>
        <location filename="../../ui/incident_editor/fields.py" line="48"/>
        <source>Violation {number} (missing)</source>
        <translation>الانتهاك {number} (مفقود)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/fields.py" line="58"/>
        <source>{number}: {label}</source>
        <translation>{number}: {label}</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="334"/>
        <source>Several entries hold “{text}”: choose one in the list</source>
        <translation>يتضمن «{text}» أكثر من عنصر: اختر واحدًا من القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="336"/>
        <source>Nothing in the list matches “{text}”</source>
        <translation>لا شيء في القائمة يطابق «{text}»</translation>
    </message>
</context>
<context>
    <name>VocabHelp</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="250"/>
        <source>{field}: what each entry means</source>
        <translation>{field}: معنى كل بند</translation>
    </message>
</context>
<context>
    <name>VocabHelpButton</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="283"/>
        <source>What do these mean?</source>
        <translation>ماذا تعني هذه؟</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="284"/>
        <source>{field}: what do these mean?</source>
        <translation>{field}: ماذا تعني هذه؟</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Emergency wipe</source>
        <translation>المسح الطارئ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>The emergency wipe destroys the key file and deletes the encrypted database in this folder:
{folder}

Every record on this computer becomes unreadable for good, including any copy or backup of the database. Records already sent to HQ are not affected. Unsaved work in open editors is lost. This cannot be undone.

Afterwards Upfront starts again as on a new computer.</source>
        <translation>يُتلف المسح الطارئ ملف المفاتيح ويحذف قاعدة البيانات المشفّرة في هذا المجلد:
{folder}

تصبح كل السجلات على هذا الحاسوب غير قابلة للقراءة نهائيًا، بما في ذلك أي نسخة أو نسخة احتياطية من قاعدة البيانات. لا تتأثر السجلات التي أُرسلت بالفعل إلى المقر. يضيع العمل غير المحفوظ في المحررات المفتوحة. لا يمكن التراجع عن ذلك.

بعد ذلك يبدأ Upfront من جديد كما لو كان على حاسوب جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>To confirm, type {word}:</source>
        <translation>للتأكيد، اكتب {word}:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Wipe everything</source>
        <translation>&amp;مسح كل شيء</translation>
    </message>
</context>
<context>
    <name>_CheckPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="446"/>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="449"/>
        <source>Every row is checked; nothing is imported yet. A row with an error is never imported.</source>
        <translation>يُفحص كل صف، ولا يُستورد شيء بعد. لا يُستورد أبدًا أي صف فيه خطأ.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="454"/>
        <source>Errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <location filename="../../ui/exchange_dialogs.py" line="462"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="458"/>
        <source>Warnings</source>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="460"/>
        <source>Likely duplicates</source>
        <translation>التكرارات المحتملة</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="462"/>
        <source>Likely duplicate of</source>
        <translation>تكرار محتمل لـ</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="462"/>
        <source>Title similarity</source>
        <translation>تشابه العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="464"/>
        <source>Import likely duplicates too</source>
        <translation>استيراد التكرارات المحتملة أيضًا</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="466"/>
        <source>Save the errors…</source>
        <translation>حفظ الأخطاء…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="468"/>
        <source>A CSV file of the errors: row, column, field and problem, no cell&apos;s value</source>
        <translation>ملف CSV بالأخطاء: الصف والعمود والحقل والمشكلة، دون قيمة أي خلية</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="471"/>
        <source>Save the mapping…</source>
        <translation>حفظ المطابقة…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="474"/>
        <source>The columns and the codes chosen for values, in a mapping file for the next import of such a file</source>
        <translation>الأعمدة والرموز المختارة للقيم، في ملف مطابقة للاستيراد التالي لملف كهذا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="516"/>
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>جارٍ فحص %n صف…</numerusform>
            <numerusform>جارٍ فحص صف واحد…</numerusform>
            <numerusform>جارٍ فحص صفين…</numerusform>
            <numerusform>جارٍ فحص %n صفوف…</numerusform>
            <numerusform>جارٍ فحص %n صفًا…</numerusform>
            <numerusform>جارٍ فحص %n صف…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="551"/>
        <source>{rows} rows: {valid} valid, {errors} with errors, %n likely duplicate(s)</source>
        <translation>
            <numerusform>الصفوف: {rows}؛ الصالحة: {valid}؛ التي فيها أخطاء: {errors}؛ التكرارات المحتملة: %n</numerusform>
            <numerusform>الصفوف: {rows}؛ الصالحة: {valid}؛ التي فيها أخطاء: {errors}؛ التكرارات المحتملة: %n</numerusform>
            <numerusform>الصفوف: {rows}؛ الصالحة: {valid}؛ التي فيها أخطاء: {errors}؛ التكرارات المحتملة: %n</numerusform>
            <numerusform>الصفوف: {rows}؛ الصالحة: {valid}؛ التي فيها أخطاء: {errors}؛ التكرارات المحتملة: %n</numerusform>
            <numerusform>الصفوف: {rows}؛ الصالحة: {valid}؛ التي فيها أخطاء: {errors}؛ التكرارات المحتملة: %n</numerusform>
            <numerusform>الصفوف: {rows}؛ الصالحة: {valid}؛ التي فيها أخطاء: {errors}؛ التكرارات المحتملة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="563"/>
        <source>%n value(s) of the file match no code: Next lists them, to choose the code each stands for.</source>
        <translation>
            <numerusform>لا توجد قيم في الملف لا تطابق أي رمز.</numerusform>
            <numerusform>قيمة واحدة في الملف لا تطابق أي رمز: يعرضها زر «التالي» لتختار الرمز الذي تعنيه.</numerusform>
            <numerusform>قيمتان في الملف لا تطابقان أي رمز: يعرضهما زر «التالي» لتختار الرمز الذي تعنيه كل منهما.</numerusform>
            <numerusform>%n قيم في الملف لا تطابق أي رمز: يعرضها زر «التالي» لتختار الرمز الذي تعنيه كل منها.</numerusform>
            <numerusform>%n قيمة في الملف لا تطابق أي رمز: يعرضها زر «التالي» لتختار الرمز الذي تعنيه كل منها.</numerusform>
            <numerusform>%n قيمة في الملف لا تطابق أي رمز: يعرضها زر «التالي» لتختار الرمز الذي تعنيه كل منها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="577"/>
        <source>The rows could not be checked.</source>
        <translation>تعذّر فحص الصفوف.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="605"/>
        <source>Save the errors</source>
        <translation>حفظ الأخطاء</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="605"/>
        <source>CSV (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="619"/>
        <source>The errors were not saved.</source>
        <translation>لم تُحفظ الأخطاء.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="621"/>
        <source>Errors saved in {file}.</source>
        <translation>حُفظت الأخطاء في {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="627"/>
        <source>Save the mapping</source>
        <translation>حفظ المطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="627"/>
        <source>Mappings (*.json)</source>
        <translation>ملفات المطابقة (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="639"/>
        <source>The mapping was not saved.</source>
        <translation>لم تُحفظ المطابقة.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="641"/>
        <source>Mapping saved in {file}.</source>
        <translation>حُفظت المطابقة في {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="647"/>
        <source>incident {ref}</source>
        <translation>الحادثة {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="649"/>
        <source>row {ref}</source>
        <translation>الصف {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="520"/>
        <source>Checking</source>
        <translation>جارٍ الفحص</translation>
    </message>
</context>
<context>
    <name>_ChoosePage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="165"/>
        <source>Choose a file</source>
        <translation>اختيار ملف</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="168"/>
        <source>A spreadsheet (.csv in UTF-8, or .xlsx) or a JSON export of incidents. Nothing is imported before the last step.</source>
        <translation>جدول بيانات (ملف CSV بترميز UTF-8، أو ملف XLSX) أو ملف JSON مصدَّر يحتوي على حوادث. لا يُستورد شيء قبل الخطوة الأخيرة.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="176"/>
        <source>Browse…</source>
        <translation>تصفح…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="179"/>
        <source>Columns named like Upfront&apos;s fields</source>
        <translation>أعمدة مسمّاة بأسماء حقول Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="180"/>
        <source>KoboToolbox starter</source>
        <translation>المطابقة الجاهزة لـ KoboToolbox</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="181"/>
        <source>Other mapping file…</source>
        <translation>ملف مطابقة آخر…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="186"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="187"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="188"/>
        <source>Western European, Windows (cp1252)</source>
        <translation>أوروبا الغربية، Windows ‏(cp1252)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="189"/>
        <source>Arabic, Windows (cp1256)</source>
        <translation>العربية، Windows ‏(cp1256)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="190"/>
        <source>Cyrillic, Windows (cp1251)</source>
        <translation>السيريلية، Windows ‏(cp1251)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="191"/>
        <source>Chinese (GB 18030)</source>
        <translation>الصينية (GB 18030)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="196"/>
        <source>Found on the header line</source>
        <translation>يُستنتج من سطر العناوين</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="197"/>
        <source>Comma (,)</source>
        <translation>فاصلة (,)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="198"/>
        <source>Semicolon (;)</source>
        <translation>فاصلة منقوطة (;)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="199"/>
        <source>Tab</source>
        <translation>علامة الجدولة (Tab)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="174"/>
        <location filename="../../ui/exchange_dialogs.py" line="211"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="212"/>
        <source>Mapping</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="213"/>
        <source>Encoding (CSV)</source>
        <translation>الترميز (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="214"/>
        <source>Separator (CSV)</source>
        <translation>الفاصل (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="240"/>
        <source>Import incidents</source>
        <translation>استيراد الحوادث</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="241"/>
        <source>Incident files (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>ملفات الحوادث (*.csv *.xlsx *.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="250"/>
        <source>Mapping file</source>
        <translation>ملف المطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="250"/>
        <source>Mappings (*.json)</source>
        <translation>ملفات المطابقة (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="291"/>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="318"/>
        <source>The file could not be read.</source>
        <translation>تعذّرت قراءة الملف.</translation>
    </message>
</context>
<context>
    <name>_FieldsDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="80"/>
        <source>{field}: is required.</source>
        <translation>{field}: حقل مطلوب.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="91"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
</context>
<context>
    <name>_ImportPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="754"/>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="757"/>
        <source>The rows are written in one go, and only when you click Import; until then nothing is in the store.</source>
        <translation>تُكتب الصفوف دفعة واحدة، ولا يحدث ذلك إلا عند النقر على «استيراد»؛ وحتى ذلك الحين لا يدخل شيء إلى المخزن.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="780"/>
        <source>%n row(s) will be imported.</source>
        <translation>
            <numerusform>سيُستورد %n صف.</numerusform>
            <numerusform>سيُستورد صف واحد.</numerusform>
            <numerusform>سيُستورد صفان.</numerusform>
            <numerusform>ستُستورد %n صفوف.</numerusform>
            <numerusform>سيُستورد %n صفًا.</numerusform>
            <numerusform>سيُستورد %n صف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="782"/>
        <source>%n likely duplicate(s) left out.</source>
        <translation>
            <numerusform>يُستبعد %n تكرار محتمل.</numerusform>
            <numerusform>يُستبعد تكرار محتمل واحد.</numerusform>
            <numerusform>يُستبعد تكراران محتملان.</numerusform>
            <numerusform>تُستبعد %n تكرارات محتملة.</numerusform>
            <numerusform>يُستبعد %n تكرارًا محتملًا.</numerusform>
            <numerusform>يُستبعد %n تكرار محتمل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="784"/>
        <source>%n row(s) with errors left out.</source>
        <translation>
            <numerusform>يُستبعد %n صف فيه أخطاء.</numerusform>
            <numerusform>يُستبعد صف واحد فيه أخطاء.</numerusform>
            <numerusform>يُستبعد صفان فيهما أخطاء.</numerusform>
            <numerusform>تُستبعد %n صفوف فيها أخطاء.</numerusform>
            <numerusform>يُستبعد %n صفًا فيها أخطاء.</numerusform>
            <numerusform>يُستبعد %n صف فيها أخطاء.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="786"/>
        <source>No row can be imported.</source>
        <translation>لا يمكن استيراد أي صف.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="790"/>
        <source>Every valid row is a likely duplicate; tick &quot;Import likely duplicates too&quot; on the previous page to import them.</source>
        <translation>كل الصفوف الصالحة تكرارات محتملة؛ حدِّد «استيراد التكرارات المحتملة أيضًا» في الصفحة السابقة لاستيرادها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="798"/>
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>استيراد %n صف</numerusform>
            <numerusform>استيراد صف واحد</numerusform>
            <numerusform>استيراد صفين</numerusform>
            <numerusform>استيراد %n صفوف</numerusform>
            <numerusform>استيراد %n صفًا</numerusform>
            <numerusform>استيراد %n صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="813"/>
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>جارٍ استيراد %n صف…</numerusform>
            <numerusform>جارٍ استيراد صف واحد…</numerusform>
            <numerusform>جارٍ استيراد صفين…</numerusform>
            <numerusform>جارٍ استيراد %n صفوف…</numerusform>
            <numerusform>جارٍ استيراد %n صفًا…</numerusform>
            <numerusform>جارٍ استيراد %n صف…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="837"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="838"/>
        <source>Imported %n incident(s).</source>
        <translation>
            <numerusform>استُوردت %n حادثة.</numerusform>
            <numerusform>استُوردت حادثة واحدة.</numerusform>
            <numerusform>استُوردت حادثتان.</numerusform>
            <numerusform>استُوردت %n حوادث.</numerusform>
            <numerusform>استُوردت %n حادثة.</numerusform>
            <numerusform>استُوردت %n حادثة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="848"/>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="816"/>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="843"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>أُلغي الاستيراد؛ ولم يُستورد أي شيء.</translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="330"/>
        <location filename="../../ui/exchange_dialogs.py" line="342"/>
        <source>Mapping</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="333"/>
        <source>Which field each column of the file fills; choose another in the list to change it. Columns that are not mapped are ignored.</source>
        <translation>الحقل الذي يملؤه كل عمود من الملف؛ اختر حقلًا آخر من القائمة لتغييره. تُتجاهل الأعمدة غير المطابَقة.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="341"/>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="341"/>
        <source>Upfront field</source>
        <translation>حقل Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="343"/>
        <source>First rows of the file</source>
        <translation>الصفوف الأولى من الملف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="362"/>
        <source>This JSON file holds %n incident record(s). They are read as they are: a mapping does not apply.</source>
        <translation>
            <numerusform>يحتوي ملف JSON هذا على %n سجل حادثة. تُقرأ السجلات كما هي: لا تُطبَّق أي مطابقة.</numerusform>
            <numerusform>يحتوي ملف JSON هذا على سجل حادثة واحد. يُقرأ كما هو: لا تُطبَّق أي مطابقة.</numerusform>
            <numerusform>يحتوي ملف JSON هذا على سجلَّين لحادثتين. يُقرآن كما هما: لا تُطبَّق أي مطابقة.</numerusform>
            <numerusform>يحتوي ملف JSON هذا على %n سجلات حوادث. تُقرأ كما هي: لا تُطبَّق أي مطابقة.</numerusform>
            <numerusform>يحتوي ملف JSON هذا على %n سجلًا من سجلات الحوادث. تُقرأ كما هي: لا تُطبَّق أي مطابقة.</numerusform>
            <numerusform>يحتوي ملف JSON هذا على %n سجل حادثة. تُقرأ كما هي: لا تُطبَّق أي مطابقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="373"/>
        <source>Mapping: {mapping}. %n column(s) of the file are read.</source>
        <translation>
            <numerusform>المطابقة: {mapping}. يُقرأ من الملف %n عمود.</numerusform>
            <numerusform>المطابقة: {mapping}. يُقرأ من الملف عمود واحد.</numerusform>
            <numerusform>المطابقة: {mapping}. يُقرأ من الملف عمودان.</numerusform>
            <numerusform>المطابقة: {mapping}. تُقرأ من الملف %n أعمدة.</numerusform>
            <numerusform>المطابقة: {mapping}. يُقرأ من الملف %n عمودًا.</numerusform>
            <numerusform>المطابقة: {mapping}. يُقرأ من الملف %n عمود.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="381"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="388"/>
        <source>(ignore)</source>
        <translation>(تجاهل)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="394"/>
        <source>Field of column {column}</source>
        <translation>حقل العمود {column}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="407"/>
        <source>not mapped, ignored</source>
        <translation>غير مطابَق، يُتجاهل</translation>
    </message>
</context>
<context>
    <name>_ResolvePage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="663"/>
        <location filename="../../ui/exchange_dialogs.py" line="675"/>
        <source>Values that match no code</source>
        <translation>قيم لا تطابق أي رمز</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="666"/>
        <source>These values of the file are not in Upfront&apos;s lists. Choose what each one stands for, and the rows are checked again; a value left as it is keeps its rows out of the import.</source>
        <translation>هذه القيم من الملف غير موجودة في قوائم Upfront. اختر ما تعنيه كل قيمة، ثم يُعاد التحقق من الصفوف؛ والقيمة التي تُترك كما هي تُبقي صفوفها خارج الاستيراد.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Value in the file</source>
        <translation>القيمة في الملف</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Cells</source>
        <translation>الخلايا</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="691"/>
        <source>(leave as it is)</source>
        <translation>(اتركه كما هو)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="698"/>
        <source>Code for {value} ({field})</source>
        <translation>رمز {value} ({field})</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="728"/>
        <source>Check again</source>
        <translation>تحقق مجددًا</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="728"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <location filename="../../ui/saving_dialog.py" line="70"/>
        <source>Not saved.</source>
        <translation>لم يُحفظ.</translation>
    </message>
</context>
<context>
    <name>describe_error</name>
    <message>
        <location filename="../../ui/failures.py" line="41"/>
        <source>The passphrase is not correct. Nothing was changed.</source>
        <translation>عبارة المرور غير صحيحة. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="45"/>
        <source>The key file of this store cannot be read, so the records cannot be opened. Nothing was changed.</source>
        <translation>تتعذر قراءة ملف المفاتيح لهذا المخزن، لذا لا يمكن فتح السجلات. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="51"/>
        <source>The database does not match this store&apos;s key file: it may be damaged or belong to another installation. Nothing was changed.</source>
        <translation>قاعدة البيانات لا تطابق ملف المفاتيح لهذا المخزن: ربما تكون تالفة أو تابعة لتثبيت آخر. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="57"/>
        <source>These records were saved by a newer version of Upfront. Install that version or a newer one to open them. Nothing was changed.</source>
        <translation>حُفظت هذه السجلات بإصدار أحدث من Upfront. ثبّت ذلك الإصدار أو إصدارًا أحدث منه لفتحها. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="63"/>
        <source>There is no Upfront store in this folder.</source>
        <translation>لا يوجد مخزن Upfront في هذا المجلد.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="67"/>
        <source>A store already exists in this folder. Start Upfront again to unlock it.</source>
        <translation>يوجد مخزن بالفعل في هذا المجلد. أعد تشغيل Upfront لفتحه.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="72"/>
        <source>The store stays locked.</source>
        <translation>يبقى المخزن مقفلًا.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="76"/>
        <source>Upfront could not read or write a file.</source>
        <translation>تعذّر على Upfront قراءة ملف أو الكتابة فيه.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="84"/>
        <source>Something unexpected went wrong. Please tell your IT focal point what you were doing.</source>
        <translation>حدث خطأ غير متوقع. يُرجى إبلاغ جهة التنسيق المعنية بتكنولوجيا المعلومات بما كنت تفعله.</translation>
    </message>
</context>
<context>
    <name>name_problem</name>
    <message>
        <location filename="../../ui/passphrase.py" line="60"/>
        <source>Enter your name.</source>
        <translation>أدخل اسمك.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="63"/>
        <source>Use at most {maximum} printable characters.</source>
        <translation>استخدم {maximum} حرفًا قابلًا للطباعة على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="69"/>
        <source>“recovery” is reserved for the recovery key.</source>
        <translation>الاسم «recovery» محجوز لمفتاح الاسترداد.</translation>
    </message>
</context>
</TS>
