<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name />
        <message>
            <location filename="../../ui/unlock.py" line="118" />
            <source>describe_error</source>
            <comment>The passphrase is not correct. Nothing was changed.</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/unlock.py" line="121" />
            <source>describe_error</source>
            <comment>The key file of this store cannot be read, so the records cannot be opened. Nothing was changed.</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/unlock.py" line="127" />
            <source>describe_error</source>
            <comment>The database does not match this store's key file: it may be damaged or belong to another installation. Nothing was changed.</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/unlock.py" line="133" />
            <source>describe_error</source>
            <comment>These records were saved by a newer version of Upfront. Install that version or a newer one to open them. Nothing was changed.</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="138" />
            <source>describe_error</source>
            <comment>There is no Upfront store in this folder.</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/unlock.py" line="141" />
            <source>describe_error</source>
            <comment>A store already exists in this folder. Start Upfront again to unlock it.</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="145" />
            <source>describe_error</source>
            <comment>The store stays locked.</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="149" />
            <source>describe_error</source>
            <comment>Upfront could not read or write a file.</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/unlock.py" line="154" />
            <source>describe_error</source>
            <comment>Something unexpected went wrong. Please tell your IT focal point what you were doing.</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="167" />
            <source>name_problem</source>
            <comment>Enter your name.</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/unlock.py" line="169" />
            <source>name_problem</source>
            <comment>Use at most %n printable characters.</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="171" />
            <source>name_problem</source>
            <comment>“recovery” is reserved for the recovery key.</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <location filename="../../ui/gui.py" line="113" />
            <source>Emergency wipe</source>
            <translation>المسح الطارئ</translation>
        </message>
        <message>
            <location filename="../../ui/gui.py" line="114" />
            <source>The emergency wipe did not finish. Try again, or delete the data folder.</source>
            <translation>لم يكتمل المسح الطارئ. حاول مرة أخرى، أو احذف مجلد البيانات.</translation>
        </message>
    </context>
    <context>
        <name>DraftsBanner</name>
        <message>
            <location filename="../../ui/main_window.py" line="122" />
            <source>&amp;Reopen drafts</source>
            <translation>إعادة &amp;فتح المسودات</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="123" />
            <source>&amp;Not now</source>
            <translation>&amp;ليس الآن</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="135" />
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
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../ui/unlock.py" line="429" />
            <source>Set up Upfront</source>
            <translation>إعداد Upfront</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="443" />
            <source>The name colleagues know you by</source>
            <translation>الاسم الذي يعرفك به زملاؤك</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="453" />
            <source>Your &amp;name:</source>
            <translation>ا&amp;سمك:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="457" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;عبارة المرور:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="461" />
            <source>&amp;Repeat passphrase:</source>
            <translation>&amp;أعد كتابة عبارة المرور:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="466" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="467" />
            <source>Create store</source>
            <translation>إنشاء المخزن</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="480" />
            <source>Set up Upfront on this computer</source>
            <translation>إعداد Upfront على هذا الحاسوب</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="484" />
            <source>Your records are kept on this computer, encrypted. Choose the name that will appear in the history of your records, and a passphrase: you will enter it each time you open Upfront.</source>
            <translation>تُحفظ سجلاتك على هذا الحاسوب مشفّرة. اختر الاسم الذي سيظهر في سجل تعديلات سجلاتك، وعبارة مرور ستُدخلها في كل مرة تفتح فيها Upfront.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="520" />
            <source>&amp;Print…</source>
            <translation>&amp;طباعة…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="526" />
            <source>&amp;Copy</source>
            <translation>&amp;نسخ</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="530" />
            <source>Printing arrives with the reports work. Until then, copy the key into a safe place or write it down.</source>
            <translation>ستتوفر الطباعة مع العمل على التقارير. حتى ذلك الحين، انسخ المفتاح إلى مكان آمن أو اكتبه.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="534" />
            <source>I have &amp;stored the recovery key safely</source>
            <translation>لقد &amp;حفظت مفتاح الاسترداد في مكان آمن</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="535" />
            <source>C&amp;ontinue</source>
            <translation>م&amp;تابعة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="551" />
            <source>Your recovery key</source>
            <translation>مفتاح الاسترداد الخاص بك</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="555" />
            <source>If you forget your passphrase, this key is the only way to open your records. It is shown only this once. Print it or write it down, and keep it somewhere safe away from this computer: anyone who has both can read the records.</source>
            <translation>إذا نسيت عبارة المرور، فهذا المفتاح هو الوسيلة الوحيدة لفتح سجلاتك. لا يُعرض إلا هذه المرة. اطبعه أو اكتبه واحفظه في مكان آمن بعيدًا عن هذا الحاسوب: من يملك الاثنين معًا يستطيع قراءة السجلات.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/unlock.py" line="584" />
            <source>Too short: use at least %n characters.</source>
            <translation>
                <numerusform>قصيرة جدًا: استخدم %n حرفًا على الأقل.</numerusform>
                <numerusform>قصيرة جدًا: استخدم حرفًا واحدًا على الأقل.</numerusform>
                <numerusform>قصيرة جدًا: استخدم حرفين على الأقل.</numerusform>
                <numerusform>قصيرة جدًا: استخدم %n أحرف على الأقل.</numerusform>
                <numerusform>قصيرة جدًا: استخدم %n حرفًا على الأقل.</numerusform>
                <numerusform>قصيرة جدًا: استخدم %n حرف على الأقل.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="587" />
            <source>The passphrases do not match.</source>
            <translation>عبارتا المرور غير متطابقتين.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="589" />
            <source>Type the passphrase again.</source>
            <translation>اكتب عبارة المرور مرة أخرى.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/unlock.py" line="609" />
            <source>At least %n characters. A few unrelated words are easy to remember and hard to guess.</source>
            <translation>
                <numerusform>%n حرفًا على الأقل. بضع كلمات لا رابط بينها سهلة التذكر وصعبة التخمين.</numerusform>
                <numerusform>حرف واحد على الأقل. بضع كلمات لا رابط بينها سهلة التذكر وصعبة التخمين.</numerusform>
                <numerusform>حرفان على الأقل. بضع كلمات لا رابط بينها سهلة التذكر وصعبة التخمين.</numerusform>
                <numerusform>%n أحرف على الأقل. بضع كلمات لا رابط بينها سهلة التذكر وصعبة التخمين.</numerusform>
                <numerusform>%n حرفًا على الأقل. بضع كلمات لا رابط بينها سهلة التذكر وصعبة التخمين.</numerusform>
                <numerusform>%n حرف على الأقل. بضع كلمات لا رابط بينها سهلة التذكر وصعبة التخمين.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="644" />
            <source>Creating the encrypted store…</source>
            <translation>جارٍ إنشاء المخزن المشفّر…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="683" />
            <source>Store</source>
            <translation>المخزن</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="684" />
            <source>Created by</source>
            <translation>أنشأه</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="685" />
            <source>Created on</source>
            <translation>تاريخ الإنشاء</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="700" />
            <source>This key opens the encrypted Upfront records on one computer if the passphrase is forgotten. Keep this sheet locked away, separate from the computer. Do not photograph it or send it by e-mail or messenger.</source>
            <translation>يفتح هذا المفتاح سجلات Upfront المشفّرة على حاسوب واحد إذا نُسيت عبارة المرور. احفظ هذه الورقة في مكان مقفل بعيدًا عن الحاسوب. لا تصوّرها ولا ترسلها بالبريد الإلكتروني أو عبر تطبيقات المراسلة.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="719" />
            <source>Print the recovery key</source>
            <translation>طباعة مفتاح الاسترداد</translation>
        </message>
    </context>
    <context>
        <name>IncidentEditor</name>
        <message>
            <location filename="../../ui/incident_editor.py" line="653" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="665" />
            <location filename="../../ui/incident_editor.py" line="955" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="667" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="749" />
            <location filename="../../ui/incident_editor.py" line="771" />
            <location filename="../../ui/incident_editor.py" line="774" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="752" />
            <source>Overview &amp;&amp; location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="761" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="762" />
            <source>Occurred from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="764" />
            <source>Occurred to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="767" />
            <source>Date reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="770" />
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="773" />
            <source>Region (admin 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="776" />
            <source>District (admin 2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="778" />
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="779" />
            <source>Latitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="780" />
            <source>Longitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="785" />
            <source>Location precision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="788" />
            <source>Confidentiality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="790" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="795" />
            <source>Narrative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="807" />
            <source>&amp;Violations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="810" />
            <location filename="../../ui/incident_editor.py" line="876" />
            <location filename="../../ui/incident_editor.py" line="911" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="813" />
            <source>not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="814" />
            <source>Victims</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="815" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="817" />
            <source>Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="820" />
            <source>Violation %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="820" />
            <source>Add violation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="824" />
            <source>Reveal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="825" />
            <source>Show the protected name; the reveal is recorded in the audit log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="829" />
            <location filename="../../ui/incident_editor.py" line="861" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="831" />
            <source>Reveal name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="834" />
            <source>V&amp;ictims</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="838" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="839" />
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="840" />
            <source>Age group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="841" />
            <location filename="../../ui/incident_editor.py" line="881" />
            <source>Protected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="842" />
            <location filename="../../ui/incident_editor.py" line="882" />
            <source>Withhold the name on screens and exports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="843" />
            <location filename="../../ui/incident_editor.py" line="883" />
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="846" />
            <source>Victim %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="846" />
            <source>Add victim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="851" />
            <source>&amp;Perpetrators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="856" />
            <source>Violation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="857" />
            <source>Degree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="860" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="863" />
            <source>Involvement %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="864" />
            <source>Add involvement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="866" />
            <source>Involvement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="869" />
            <source>Perpetrator %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="869" />
            <source>Add perpetrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="873" />
            <source>S&amp;ources &amp;&amp; verification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="877" />
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="879" />
            <source>Reliability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="886" />
            <source>Source %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="886" />
            <source>Add source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="891" />
            <source>&lt;b&gt;Verification&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="892" />
            <source>Standard of proof</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="894" />
            <source>Credibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="896" />
            <source>Reviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="897" />
            <source>Date reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="902" />
            <source>&amp;Attachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="905" />
            <source>Save the incident to add attachments. Files can also be dropped here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="911" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="911" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="911" />
            <source>SHA-256</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="912" />
            <source>Captured by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="912" />
            <source>Captured at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="913" />
            <source>Attachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="918" />
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="920" />
            <source>View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="922" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="929" />
            <source>Chain of custody of the selected file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="931" />
            <location filename="../../ui/incident_editor.py" line="938" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="931" />
            <location filename="../../ui/incident_editor.py" line="938" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="931" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="931" />
            <source>Detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="932" />
            <source>Chain of custody</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="936" />
            <source>&amp;History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="938" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="938" />
            <source>Old</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="939" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="940" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="960" />
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="963" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="968" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="970" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="972" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="981" />
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="988" />
            <source>&amp;Add attachment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="990" />
            <source>&amp;View attachment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="992" />
            <source>&amp;Export attachment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="994" />
            <source>A&amp;ttachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="1086" />
            <source>(no type)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="1296" />
            <source>New incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="1297" />
            <source>%1[*] – Upfront</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="1320" />
            <source>Something went wrong; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="1334" />
            <source>(created)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="1422" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="1423" />
            <source>This incident has changes that are not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="1500" />
            <source>Add files with Add… or drop them here. They are kept inside the encrypted store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="1516" />
            <source>Save the incident before adding attachments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="1518" />
            <source>Add attachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="1554" />
            <location filename="../../ui/incident_editor.py" line="1566" />
            <source>%1 cannot be shown inside Upfront without writing it to disk; use Export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="1579" />
            <source>Export attachment</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentListView</name>
        <message>
            <location filename="../../ui/incident_list.py" line="92" />
            <source>Loading incidents…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="151" />
            <source>Search title, narrative, places</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="152" />
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="156" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="157" />
            <source>Filter from a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="158" />
            <source>From date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="159" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="160" />
            <source>Filter up to a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="161" />
            <source>To date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="164" />
            <source>All violations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="164" />
            <source>Violation type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="166" />
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="169" />
            <source>All countries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="185" />
            <source>Region (admin 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="192" />
            <source>Any verification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="192" />
            <source>Verification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="194" />
            <source>Any confidentiality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="194" />
            <source>Confidentiality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="195" />
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="195" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="197" />
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="198" />
            <location filename="../../ui/incident_list.py" line="201" />
            <source>New incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="199" />
            <source>New incident (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="207" />
            <source>Number of incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="221" />
            <source>Incidents</source>
            <translation>الحوادث</translation>
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="258" />
            <source>&amp;Violation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="259" />
            <source>C&amp;ountry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="260" />
            <source>&amp;Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="261" />
            <source>Veri&amp;fication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="262" />
            <source>Confi&amp;dentiality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="263" />
            <source>Stat&amp;us</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="270" />
            <source>&amp;Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="320" />
            <source>All regions</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/incident_list.py" line="346" />
            <source>%n incident(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/incident_list.py" line="349" />
            <source>The incidents could not be read: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentTableModel</name>
        <message>
            <location filename="../../ui/incident_model.py" line="141" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_model.py" line="141" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_model.py" line="141" />
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_model.py" line="141" />
            <source>Violations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_model.py" line="142" />
            <source>Verification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_model.py" line="142" />
            <source>Confidentiality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_model.py" line="142" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_model.py" line="200" />
            <source>Not sortable: an incident may have several violations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_model.py" line="318" />
            <source>the store could not be read</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="233" />
            <source>Upfront</source>
            <translation>Upfront</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="260" />
            <source>&amp;New incident</source>
            <translation>حادثة &amp;جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="263" />
            <location filename="../../ui/main_window.py" line="447" />
            <source>The incident editor is not available.</source>
            <translation>محرر الحوادث غير متاح.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="267" />
            <source>&amp;Lock</source>
            <translation>&amp;قفل</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="270" />
            <source>Close the records; the passphrase opens them again</source>
            <translation>إغلاق السجلات؛ تفتحها عبارة المرور من جديد</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="273" />
            <source>Emergency &amp;wipe…</source>
            <translation>المسح ال&amp;طارئ…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="275" />
            <source>Destroy the key file and the records on this computer</source>
            <translation>إتلاف ملف المفاتيح والسجلات على هذا الحاسوب</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="279" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="284" />
            <source>&amp;Settings…</source>
            <translation>الإ&amp;عدادات…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="288" />
            <source>&amp;About Upfront</source>
            <translation>&amp;حول Upfront</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="298" />
            <source>Arrives with the early-warning and strategy work.</source>
            <translation>يتوفر مع العمل على الإنذار المبكر والاستراتيجية.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="300" />
            <source>Incidents</source>
            <translation>الحوادث</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="301" />
            <source>Situations</source>
            <translation>الأوضاع</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="302" />
            <source>Strategies</source>
            <translation>الاستراتيجيات</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="303" />
            <source>Reports</source>
            <translation>التقارير</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="303" />
            <source>Arrives with the reports work.</source>
            <translation>يتوفر مع العمل على التقارير.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="304" />
            <source>Sync</source>
            <translation>المزامنة</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="304" />
            <source>Arrives with the sync work.</source>
            <translation>يتوفر مع العمل على المزامنة.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="308" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="317" />
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="331" />
            <source>&amp;Tools</source>
            <translation>أ&amp;دوات</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="333" />
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="338" />
            <source>Sections</source>
            <translation>الأقسام</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="374" />
            <source>The incident list is not available in this build.</source>
            <translation>قائمة الحوادث غير متاحة في هذا الإصدار.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="384" />
            <source>Sync: not set up</source>
            <translation>المزامنة: غير مُعدّة</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="403" />
            <source>Signed in as {user}</source>
            <translation>مسجّل الدخول باسم {user}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="404" />
            <source>Unlocked</source>
            <translation>مفتوح</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="404" />
            <source>Locked</source>
            <translation>مقفل</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="511" />
            <source>Settings saved. Language and data folder apply when Upfront next starts.</source>
            <translation>حُفظت الإعدادات. تُطبَّق اللغة ومجلد البيانات عند تشغيل Upfront في المرة القادمة.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="512" />
            <source>Settings saved.</source>
            <translation>حُفظت الإعدادات.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="527" />
            <source>About Upfront</source>
            <translation>حول Upfront</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="529" />
            <source>Upfront {version}</source>
            <translation>Upfront {version}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="532" />
            <source>Documentation of human rights violations for UN country teams.

Database schema: {schema}
SQLCipher: {sqlcipher}</source>
            <translation>توثيق انتهاكات حقوق الإنسان لأفرقة الأمم المتحدة القطرية.

مخطط قاعدة البيانات: {schema}
SQLCipher: {sqlcipher}</translation>
        </message>
    </context>
    <context>
        <name>PartialDateEdit</name>
        <message>
            <location filename="../../ui/vocab_widgets.py" line="159" />
            <source>not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/vocab_widgets.py" line="162" />
            <source>date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/vocab_widgets.py" line="176" />
            <source>%1: precision</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Row</name>
        <message>
            <location filename="../../ui/incident_editor.py" line="389" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="447" />
            <source>%1 (protected)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RowList</name>
        <message>
            <location filename="../../ui/incident_editor.py" line="533" />
            <source>Remove %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/settings_dialog.py" line="77" />
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="89" />
            <source> min</source>
            <translation> دقيقة</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="101" />
            <source>Remember me on this device</source>
            <translation>تذكرني على هذا الجهاز</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="105" />
            <source>Keep a key in this computer's secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</source>
            <translation>الاحتفاظ بمفتاح في سلسلة المفاتيح الآمنة لهذا الحاسوب ليفتح Upfront دون عبارة المرور. فقط لحاسوب تستخدمه وحدك.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="111" />
            <source>This computer has no secure keyring, so Upfront cannot remember you here.</source>
            <translation>لا توجد على هذا الحاسوب سلسلة مفاتيح آمنة، لذا لا يستطيع Upfront تذكرك هنا.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="116" />
            <source>The standard folder for this computer</source>
            <translation>المجلد الافتراضي لهذا الحاسوب</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="117" />
            <source>&amp;Browse…</source>
            <translation>ت&amp;صفح…</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="128" />
            <source>Applies when Upfront next starts.</source>
            <translation>يُطبَّق عند تشغيل Upfront في المرة القادمة.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="130" />
            <source>Upfront locks itself after this long without keyboard or mouse input.</source>
            <translation>يُقفل Upfront نفسه بعد هذه المدة دون استخدام لوحة المفاتيح أو الفأرة.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="133" />
            <source>Locks at once, from any Upfront window.</source>
            <translation>يُقفل فورًا، من أي نافذة من نوافذ Upfront.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="135" />
            <source>Applies when Upfront next starts. Move keys.json and upfront.db there yourself, together.</source>
            <translation>يُطبَّق عند تشغيل Upfront في المرة القادمة. انقل الملفين keys.json وupfront.db معًا إلى هناك بنفسك.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="138" />
            <source>{variable} is set and takes precedence.</source>
            <translation>المتغير {variable} مُعيَّن وله الأولوية.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="143" />
            <source>Not available: this computer has no secure keyring.</source>
            <translation>غير متاح: لا توجد على هذا الحاسوب سلسلة مفاتيح آمنة.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="151" />
            <source>&amp;Language:</source>
            <translation>ال&amp;لغة:</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="152" />
            <source>Lock when &amp;idle for:</source>
            <translation>القفل بعد &amp;خمول لمدة:</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="153" />
            <source>&amp;Panic key:</source>
            <translation>مفتاح ال&amp;طوارئ:</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="155" />
            <source>&amp;Data folder:</source>
            <translation>مجلد ال&amp;بيانات:</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="192" />
            <source>Data folder</source>
            <translation>مجلد البيانات</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="201" />
            <source>Use Ctrl, Alt or a function key, or typing would lock Upfront.</source>
            <translation>استخدم Ctrl أو Alt أو مفتاح وظيفة، وإلا فإن الكتابة ستُقفل Upfront.</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../../ui/unlock.py" line="325" />
            <source>Too short</source>
            <translation>قصيرة جدًا</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="326" />
            <source>Weak</source>
            <translation>ضعيفة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="327" />
            <source>Fair</source>
            <translation>مقبولة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="328" />
            <source>Good</source>
            <translation>جيدة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="329" />
            <source>Strong</source>
            <translation>قوية</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../ui/unlock.py" line="789" />
            <source>Unlock Upfront</source>
            <translation>فتح Upfront</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="802" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="803" />
            <location filename="../../ui/unlock.py" line="941" />
            <location filename="../../ui/unlock.py" line="945" />
            <source>&amp;Unlock</source>
            <translation>&amp;فتح</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="830" />
            <source>&amp;Remember me on this device</source>
            <translation>&amp;تذكرني على هذا الجهاز</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="835" />
            <source>Keep a key in this computer's secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</source>
            <translation>الاحتفاظ بمفتاح في سلسلة المفاتيح الآمنة لهذا الحاسوب ليفتح Upfront دون عبارة المرور. فقط لحاسوب تستخدمه وحدك.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="844" />
            <source>This computer has no secure keyring (such as Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet), so Upfront cannot remember you here. Enter your passphrase each time.</source>
            <translation>لا توجد على هذا الحاسوب سلسلة مفاتيح آمنة (مثل مدير بيانات الاعتماد في Windows أو سلسلة مفاتيح macOS أو GNOME Keyring أو KWallet)، لذا لا يستطيع Upfront تذكرك هنا. أدخل عبارة المرور في كل مرة.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="850" />
            <source>Not available: this computer has no secure keyring.</source>
            <translation>غير متاح: لا توجد على هذا الحاسوب سلسلة مفاتيح آمنة.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="855" />
            <source>U&amp;ser:</source>
            <translation>الم&amp;ستخدم:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="857" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;عبارة المرور:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="862" />
            <source>Upfront is locked</source>
            <translation>Upfront مقفل</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="866" />
            <source>The records on this computer are encrypted. Enter your passphrase to open them.</source>
            <translation>السجلات على هذا الحاسوب مشفّرة. أدخل عبارة المرور لفتحها.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="892" />
            <source>Recovery &amp;key:</source>
            <translation>م&amp;فتاح الاسترداد:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="895" />
            <source>Unlock with the recovery key</source>
            <translation>الفتح بمفتاح الاسترداد</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="899" />
            <source>Type the recovery key that was printed or written down when Upfront was set up on this computer. Dashes and spaces are optional, and lower-case letters are fine.</source>
            <translation>اكتب مفتاح الاسترداد الذي طُبع أو كُتب عند إعداد Upfront على هذا الحاسوب. الشرطات والمسافات اختيارية، والأحرف الصغيرة مقبولة.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="914" />
            <source>Upfront cannot open the records</source>
            <translation>لا يستطيع Upfront فتح السجلات</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="919" />
            <source>If you have a backup copy of the key file (keys.json), put it back in this folder and choose Try again:
{folder}</source>
            <translation>إذا كانت لديك نسخة احتياطية من ملف المفاتيح (keys.json)، فأعِدها إلى هذا المجلد واختر «حاول مرة أخرى»:
{folder}</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="940" />
            <source>Use recovery key</source>
            <translation>استخدام مفتاح الاسترداد</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="944" />
            <source>Use passphrase</source>
            <translation>استخدام عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="948" />
            <source>&amp;Try again</source>
            <translation>&amp;حاول مرة أخرى</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="964" />
            <source>No user has a passphrase for this store. Use the recovery key.</source>
            <translation>لا يملك أي مستخدم عبارة مرور لهذا المخزن. استخدم مفتاح الاسترداد.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="987" />
            <source>Opening with the key remembered on this device…</source>
            <translation>جارٍ الفتح بالمفتاح المحفوظ على هذا الجهاز…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="1009" />
            <source>Unlocking…</source>
            <translation>جارٍ الفتح…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="1058" />
            <source>The recovery key is not correct. Nothing was changed.</source>
            <translation>مفتاح الاسترداد غير صحيح. لم يتغير شيء.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="1062" />
            <source>Wrong passphrase for “{user}”. Check the keyboard layout and Caps Lock, then try again.</source>
            <translation>عبارة مرور خاطئة للمستخدم «{user}». تحقق من لغة لوحة المفاتيح ومن مفتاح Caps Lock، ثم حاول مرة أخرى.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/unlock.py" line="1093" />
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
        <name>ViolationChoice</name>
        <message>
            <location filename="../../ui/incident_editor.py" line="355" />
            <source>Violation %1 (missing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/incident_editor.py" line="365" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WipeDialog</name>
        <message>
            <location filename="../../ui/main_window.py" line="149" />
            <source>Emergency wipe</source>
            <translation>المسح الطارئ</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="153" />
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
            <location filename="../../ui/main_window.py" line="163" />
            <source>To confirm, type {word}:</source>
            <translation>للتأكيد، اكتب {word}:</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="170" />
            <source>&amp;Wipe everything</source>
            <translation>&amp;مسح كل شيء</translation>
        </message>
    </context>
</TS>
