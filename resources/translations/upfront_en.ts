<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="155"/>
        <source>Strategy action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="165"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="174"/>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="175"/>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="176"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="177"/>
        <source>Lead UN entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="178"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="179"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="180"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="181"/>
        <source>Indicators (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/gui.py" line="130"/>
        <source>Emergency wipe</source>
        <translation>Emergency wipe</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="131"/>
        <source>The emergency wipe did not finish. Try again, or delete the data folder.</source>
        <translation>The emergency wipe did not finish. Try again, or delete the data folder.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="95"/>
        <source>New risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="104"/>
        <source>Risk factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="104"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="105"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="117"/>
        <source>— not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="124"/>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="125"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceCombo</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="109"/>
        <source>Internal: the country team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="110"/>
        <source>United Nations system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="111"/>
        <source>Trusted partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="112"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>&amp;Reopen drafts</source>
        <translation>&amp;Reopen drafts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;Not now</source>
        <translation>&amp;Not now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Upfront kept %n unsaved draft(s) from an earlier session (for example after a crash or a lock). Reopen them to continue where you stopped.</source>
        <translation>
            <numerusform>Upfront kept %n unsaved draft from an earlier session (for example after a crash or a lock). Reopen it to continue where you stopped.</numerusform>
            <numerusform>Upfront kept %n unsaved drafts from an earlier session (for example after a crash or a lock). Reopen them to continue where you stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="516"/>
        <location filename="../../ui/exchange_dialogs.py" line="625"/>
        <source>Export incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="518"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="518"/>
        <source>Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="519"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="519"/>
        <source>HXL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="523"/>
        <source>One row per incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="524"/>
        <source>One row per act of violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="525"/>
        <source>Counts per week, region and violation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="534"/>
        <source>Limit to dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="542"/>
        <source>(any country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="545"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="556"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="560"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="561"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="562"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="564"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="565"/>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="592"/>
        <source>Leaves nothing out: every record, drafts included, with every name and place. For the country team only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="594"/>
        <source>Leaves out records marked internal, drafts and records found false; the names of protected people, of people whose consent does not reach the UN, of sources, perpetrators and staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="597"/>
        <source>Counts only, never a row per record: acts of violation per week, region and type, from records cleared for partners (no drafts, no records found false); counts under the report threshold are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="601"/>
        <source>Counts only, never a row per record: acts of violation per week, region and type, from records marked public (no drafts, no records found false); counts under the report threshold are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="621"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="621"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="622"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="622"/>
        <source>HXL (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="641"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="647"/>
        <source>Exported %n incident(s) (SHA-256 {digest}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="656"/>
        <location filename="../../ui/exchange_dialogs.py" line="660"/>
        <source>The export could not be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="500"/>
        <source>Set up Upfront</source>
        <translation>Set up Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="514"/>
        <source>The name colleagues know you by</source>
        <translation>The name colleagues know you by</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="532"/>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="536"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="540"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="545"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="546"/>
        <source>Create store</source>
        <translation>Create store</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="550"/>
        <source>Use an &amp;existing data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="554"/>
        <source>Open records that are already kept in a folder on this computer or a shared drive, instead of creating new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="570"/>
        <source>Set up Upfront on this computer</source>
        <translation>Set up Upfront on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="574"/>
        <source>Your records are kept on this computer, encrypted. Choose the name that will appear in the history of your records, and a passphrase: you will enter it each time you open Upfront.</source>
        <translation>Your records are kept on this computer, encrypted. Choose the name that will appear in the history of your records, and a passphrase: you will enter it each time you open Upfront.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="612"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="618"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="622"/>
        <source>Printing arrives with the reports work. Until then, copy the key into a safe place or write it down.</source>
        <translation>Printing arrives with the reports work. Until then, copy the key into a safe place or write it down.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="626"/>
        <source>I have &amp;stored the recovery key safely</source>
        <translation>I have &amp;stored the recovery key safely</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="627"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="643"/>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="647"/>
        <source>If you forget your passphrase, this key is the only way to open your records. It is shown only this once. Print it or write it down, and keep it somewhere safe away from this computer: anyone who has both can read the records.</source>
        <translation>If you forget your passphrase, this key is the only way to open your records. It is shown only this once. Print it or write it down, and keep it somewhere safe away from this computer: anyone who has both can read the records.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="706"/>
        <source>Creating the encrypted store…</source>
        <translation>Creating the encrypted store…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="742"/>
        <source>Choose the existing data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="754"/>
        <source>Looking for a store in that folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="766"/>
        <source>There is no Upfront store in this folder. Choose the folder that holds keys.json:
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="789"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="790"/>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="791"/>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="798"/>
        <source>Upfront recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="807"/>
        <source>This key opens the encrypted Upfront records on one computer if the passphrase is forgotten. Keep this sheet locked away, separate from the computer. Do not photograph it or send it by e-mail or messenger.</source>
        <translation>This key opens the encrypted Upfront records on one computer if the passphrase is forgotten. Keep this sheet locked away, separate from the computer. Do not photograph it or send it by e-mail or messenger.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="826"/>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="484"/>
        <source>Import incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../ui/incident_editor.py" line="707"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="719"/>
        <location filename="../../ui/incident_editor.py" line="1085"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="721"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="806"/>
        <location filename="../../ui/incident_editor.py" line="828"/>
        <location filename="../../ui/incident_editor.py" line="831"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="809"/>
        <source>Overview &amp;&amp; location</source>
        <translation>Overview &amp;&amp; location</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="818"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="819"/>
        <source>Occurred from</source>
        <translation>Occurred from</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="821"/>
        <source>Occurred to</source>
        <translation>Occurred to</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="824"/>
        <source>Date reported</source>
        <translation>Date reported</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="827"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="830"/>
        <source>Region (admin 1)</source>
        <translation>Region (admin 1)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="835"/>
        <source>District (admin 2)</source>
        <translation>District (admin 2)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="840"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="854"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="855"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="863"/>
        <source>Location precision</source>
        <translation>Location precision</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="866"/>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="868"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="873"/>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="904"/>
        <source>&amp;Violations</source>
        <translation>&amp;Violations</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="912"/>
        <location filename="../../ui/incident_editor.py" line="996"/>
        <location filename="../../ui/incident_editor.py" line="1037"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="915"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="916"/>
        <source>Victims</source>
        <translation>Victims</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="917"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="919"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="928"/>
        <source>Violation {number}</source>
        <translation>Violation {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="928"/>
        <source>Add violation</source>
        <translation>Add violation</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="932"/>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="933"/>
        <source>Show the protected name; the reveal is recorded in the audit log</source>
        <translation>Show the protected name; the reveal is recorded in the audit log</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="937"/>
        <location filename="../../ui/incident_editor.py" line="981"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="939"/>
        <source>Reveal name</source>
        <translation>Reveal name</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="942"/>
        <source>V&amp;ictims</source>
        <translation>V&amp;ictims</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="946"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="907"/>
        <location filename="../../ui/incident_editor.py" line="947"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="834"/>
        <source>Region P-code (admin 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="838"/>
        <source>District P-code (admin 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="842"/>
        <source>The place names a protected victim of this record: if it is their home, a shelter or a safe house, mark it sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="849"/>
        <source>Sensitive location (a home, shelter, safe house)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="852"/>
        <source>Outside the team, a sensitive location is shown only as its region and district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="878"/>
        <source>Written for partners and the public; reports outside the UN print this, never the narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="880"/>
        <source>Summary for partners and the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="886"/>
        <source>Clearance of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="887"/>
        <source>Clear for release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="908"/>
        <location filename="../../ui/incident_editor.py" line="948"/>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="909"/>
        <source>Number of victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="921"/>
        <source>Count {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="922"/>
        <source>Add count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="925"/>
        <source>Victims by sex and age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="951"/>
        <source>not given</source>
        <translation type="unfinished">not given</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="952"/>
        <source>Group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="960"/>
        <location filename="../../ui/incident_editor.py" line="1001"/>
        <source>Protected</source>
        <translation>Protected</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="961"/>
        <location filename="../../ui/incident_editor.py" line="1002"/>
        <source>Withhold the name on screens and exports</source>
        <translation>Withhold the name on screens and exports</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="962"/>
        <location filename="../../ui/incident_editor.py" line="1003"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="963"/>
        <location filename="../../ui/incident_editor.py" line="1004"/>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="966"/>
        <source>Victim {number}</source>
        <translation>Victim {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="966"/>
        <source>Add victim</source>
        <translation>Add victim</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="971"/>
        <source>&amp;Perpetrators</source>
        <translation>&amp;Perpetrators</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="976"/>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="977"/>
        <source>Degree</source>
        <translation>Degree</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="980"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="983"/>
        <source>Involvement {number}</source>
        <translation>Involvement {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="984"/>
        <source>Add involvement</source>
        <translation>Add involvement</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="986"/>
        <source>Involvement</source>
        <translation>Involvement</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="989"/>
        <source>Perpetrator {number}</source>
        <translation>Perpetrator {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="989"/>
        <source>Add perpetrator</source>
        <translation>Add perpetrator</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="993"/>
        <source>S&amp;ources &amp;&amp; verification</source>
        <translation>S&amp;ources &amp;&amp; verification</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="997"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="999"/>
        <source>Reliability</source>
        <translation>Reliability</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1005"/>
        <source>Information given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1009"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1012"/>
        <source>Source {number}</source>
        <translation>Source {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1012"/>
        <source>Add source</source>
        <translation>Add source</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1017"/>
        <source>&lt;b&gt;Verification&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verification&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1018"/>
        <source>Standard of proof</source>
        <translation>Standard of proof</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1020"/>
        <source>Credibility</source>
        <translation>Credibility</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1022"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1023"/>
        <source>Date reviewed</source>
        <translation>Date reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1028"/>
        <source>&amp;Attachments</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1031"/>
        <source>Save the incident to add attachments. Files can also be dropped here.</source>
        <translation>Save the incident to add attachments. Files can also be dropped here.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1037"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1037"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1037"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1038"/>
        <source>Captured by</source>
        <translation>Captured by</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1038"/>
        <source>Captured at</source>
        <translation>Captured at</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1039"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1044"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1046"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1048"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1050"/>
        <source>Writes a copy without the file&apos;s metadata (place, time, device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1052"/>
        <source>Export original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1059"/>
        <source>Chain of custody of the selected file</source>
        <translation>Chain of custody of the selected file</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1061"/>
        <location filename="../../ui/incident_editor.py" line="1068"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1061"/>
        <location filename="../../ui/incident_editor.py" line="1068"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1061"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1061"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1062"/>
        <source>Chain of custody</source>
        <translation>Chain of custody</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1066"/>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1068"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1068"/>
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1069"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1070"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1090"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1093"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1098"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1100"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1102"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1111"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1118"/>
        <source>&amp;Add attachment…</source>
        <translation>&amp;Add attachment…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1120"/>
        <source>&amp;View attachment</source>
        <translation>&amp;View attachment</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1122"/>
        <source>&amp;Export attachment…</source>
        <translation>&amp;Export attachment…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1124"/>
        <source>Export &amp;original attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1126"/>
        <source>A&amp;ttachments</source>
        <translation>A&amp;ttachments</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1214"/>
        <source>Remove violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1242"/>
        <source>(no type)</source>
        <translation>(no type)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1503"/>
        <source>Changed: once saved, the new text needs clearing again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1504"/>
        <location filename="../../ui/incident_editor.py" line="1508"/>
        <source>Not cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1506"/>
        <source>No summary: reports outside the UN print nothing for this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1510"/>
        <source>Cleared by the author alone (single-user office) on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1513"/>
        <source>Cleared by {user} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1518"/>
        <source>Save the incident first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1520"/>
        <source>There is no summary to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1522"/>
        <source>Sign in as a user to clear the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1524"/>
        <source>A user other than its author clears the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1526"/>
        <source>The summary is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1552"/>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1553"/>
        <source>{title}[*] – Upfront</source>
        <translation>{title}[*] – Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1577"/>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Something went wrong; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1591"/>
        <source>(created)</source>
        <translation>(created)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1680"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1681"/>
        <source>This incident has changes that are not saved.</source>
        <translation>This incident has changes that are not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1763"/>
        <source>Add files with Add… or drop them here. They are kept inside the encrypted store.</source>
        <translation>Add files with Add… or drop them here. They are kept inside the encrypted store.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1779"/>
        <source>Save the incident before adding attachments.</source>
        <translation>Save the incident before adding attachments.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1781"/>
        <source>Add attachments</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1818"/>
        <location filename="../../ui/incident_editor.py" line="1830"/>
        <source>{filename} cannot be shown inside Upfront without writing it to disk; use Export.</source>
        <translation>{filename} cannot be shown inside Upfront without writing it to disk; use Export.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1849"/>
        <source>Export original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1850"/>
        <source>The original keeps its metadata: it may hold the place (GPS position), the time and the device it was made with. Export the original only for an evidence handover; the chain of custody records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1861"/>
        <source>Export attachment</source>
        <translation>Export attachment</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1870"/>
        <source>{filename} was exported as the original, with its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="1872"/>
        <source>{filename} was exported without its metadata (place, time, device); the original stays unchanged in the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentListView</name>
    <message>
        <location filename="../../ui/incident_list.py" line="92"/>
        <source>Loading incidents…</source>
        <translation>Loading incidents…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="151"/>
        <source>Search title, narrative, places</source>
        <translation>Search title, narrative, places</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="152"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="156"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="157"/>
        <source>Filter from a date</source>
        <translation>Filter from a date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="158"/>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="159"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="160"/>
        <source>Filter up to a date</source>
        <translation>Filter up to a date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="161"/>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="164"/>
        <source>All violations</source>
        <translation>All violations</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="164"/>
        <source>Violation type</source>
        <translation>Violation type</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="166"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="169"/>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="185"/>
        <source>Region (admin 1)</source>
        <translation>Region (admin 1)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="192"/>
        <source>Any verification</source>
        <translation>Any verification</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="192"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="194"/>
        <source>Any confidentiality</source>
        <translation>Any confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="194"/>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="195"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="195"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="197"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="198"/>
        <location filename="../../ui/incident_list.py" line="201"/>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="199"/>
        <source>New incident ({shortcut})</source>
        <translation>New incident ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="207"/>
        <source>Number of incidents</source>
        <translation>Number of incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="221"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="258"/>
        <source>&amp;Violation</source>
        <translation>&amp;Violation</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="259"/>
        <source>C&amp;ountry</source>
        <translation>C&amp;ountry</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="260"/>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="261"/>
        <source>Veri&amp;fication</source>
        <translation>Veri&amp;fication</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="262"/>
        <source>Confi&amp;dentiality</source>
        <translation>Confi&amp;dentiality</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="263"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="270"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="320"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_list.py" line="346"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="349"/>
        <source>The incidents could not be read: {reason}</source>
        <translation>The incidents could not be read: {reason}</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../ui/incident_model.py" line="141"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="141"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="141"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="141"/>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="142"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="142"/>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="142"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="200"/>
        <source>Not sortable: an incident may have several violations</source>
        <translation>Not sortable: an incident may have several violations</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="318"/>
        <source>the store could not be read</source>
        <translation>the store could not be read</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Upfront</source>
        <translation>Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>&amp;New incident</source>
        <translation>&amp;New incident</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <location filename="../../ui/main_window.py" line="527"/>
        <source>The incident editor is not available.</source>
        <translation>The incident editor is not available.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>&amp;Import incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Incidents from a spreadsheet or a JSON export, checked row by row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>&amp;Export incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Incidents as CSV, Excel, JSON or HXL, cleared for an audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Close the records; the passphrase opens them again</source>
        <translation>Close the records; the passphrase opens them again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>Emergency &amp;wipe…</source>
        <translation>Emergency &amp;wipe…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>Destroy the key file and the records on this computer</source>
        <translation>Destroy the key file and the records on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Run &amp;self-test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>Check that this installation works: the encrypted store, cryptography, translations, fonts, reports and the link to HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>&amp;About Upfront</source>
        <translation>&amp;About Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>Strategies</source>
        <translation>Strategies</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>Sync is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411"/>
        <source>The incident list is not available in this build.</source>
        <translation>The incident list is not available in this build.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>Sync: not set up</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
        <source>Signed in as {user}</source>
        <translation>Signed in as {user}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473"/>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="623"/>
        <source>Settings saved. Language and data folder apply when Upfront next starts.</source>
        <translation>Settings saved. Language and data folder apply when Upfront next starts.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="624"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="656"/>
        <source>About Upfront</source>
        <translation>About Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="658"/>
        <source>Upfront {version}</source>
        <translation>Upfront {version}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="661"/>
        <source>Documentation of human rights violations for UN country teams.

Database schema: {schema}
SQLCipher: {sqlcipher}</source>
        <translation>Documentation of human rights violations for UN country teams.

Database schema: {schema}
SQLCipher: {sqlcipher}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/sync_page.py" line="83"/>
        <source>Merge: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="87"/>
        <source>Version kept at HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="90"/>
        <location filename="../../ui/sync_page.py" line="102"/>
        <source>Other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="92"/>
        <location filename="../../ui/sync_page.py" line="119"/>
        <source>Merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="93"/>
        <source>Start from the kept version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="95"/>
        <source>Start from the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="97"/>
        <source> (from this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="100"/>
        <source>Kept at HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="115"/>
        <source>The field “{field}” was changed in two places before either saw the other. Both versions are kept; write the text that should stand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/unlock.py" line="420"/>
        <source>Too short: use at least {minimum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="424"/>
        <source>The passphrases do not match.</source>
        <translation>The passphrases do not match.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="428"/>
        <source>Type the passphrase again.</source>
        <translation>Type the passphrase again.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="444"/>
        <source>At least {minimum} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="178"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="181"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="195"/>
        <source>{field}: precision</source>
        <translation>{field}: precision</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../ui/report_pdf.py" line="91"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="92"/>
        <source>Generated {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="93"/>
        <source>SHA-256</source>
        <translation type="unfinished">SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="94"/>
        <source>Reference of the report&apos;s content: two prints with the same reference say the same thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="97"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="98"/>
        <source>Reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="99"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="100"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="101"/>
        <source>{title} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="102"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="103"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="104"/>
        <source>fewer than {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="107"/>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="108"/>
        <source>United Nations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="109"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="110"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="113"/>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="114"/>
        <source>Incidents over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="115"/>
        <source>Violations by type and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="116"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="117"/>
        <source>Key incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="118"/>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="119"/>
        <source>Prevention and response actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="120"/>
        <source>Sources and methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="123"/>
        <source>Incidents</source>
        <translation type="unfinished">Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="124"/>
        <source>Acts of violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="125"/>
        <source>Victims</source>
        <translation type="unfinished">Victims</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="126"/>
        <source>By violation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="127"/>
        <source>By verification level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="128"/>
        <source>Victims by sex and age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="129"/>
        <source>Violation type</source>
        <translation type="unfinished">Violation type</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="130"/>
        <source>Verification level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="131"/>
        <source>Sex / age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="132"/>
        <source>No incidents in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="134"/>
        <source>Incidents per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="135"/>
        <source>Incidents per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="136"/>
        <source>Week starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="137"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="138"/>
        <source>Hatched segments stand for fewer than {threshold} incidents; they are drawn at a nominal height of {height}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="142"/>
        <source>Rows: violation type; columns: first-level administrative area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="144"/>
        <source>×: withheld, so that a small count cannot be worked out from the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="147"/>
        <source>Incidents by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="148"/>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="149"/>
        <source>Incident location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="150"/>
        <source>No boundary data for {areas}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="151"/>
        <source>Offline boundaries: Natural Earth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="152"/>
        <source>The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="155"/>
        <source>No map data for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="157"/>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="158"/>
        <source>Place</source>
        <translation type="unfinished">Place</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="159"/>
        <source>Violations</source>
        <translation type="unfinished">Violations</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="160"/>
        <source>Verification</source>
        <translation type="unfinished">Verification</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="161"/>
        <source>Named persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="162"/>
        <source>No key incidents in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="163"/>
        <source>Incidents not listed one by one, as listing them would reveal a figure too small to publish: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="166"/>
        <source>Incidents in this report with no summary cleared for partners and the public (none is printed for them): {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="169"/>
        <source>Summaries cleared by their author alone, in an office with a single user: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="172"/>
        <source>Assessed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="173"/>
        <source>previous assessment {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="174"/>
        <source>first assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="175"/>
        <source>Overall level: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="176"/>
        <source>Risk factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="177"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="178"/>
        <source>Previous level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="179"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="180"/>
        <source>No risk assessment in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="182"/>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="183"/>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="184"/>
        <source>Lead / owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="185"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="186"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="187"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="188"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="189"/>
        <source>Actions: {actions}; overdue: {overdue}; blocked: {blocked}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="190"/>
        <source>No actions in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="192"/>
        <source>Sources by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="193"/>
        <source>Source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="194"/>
        <source>No sources in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="195"/>
        <source>Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="196"/>
        <source>To protect the people concerned, counts from 1 to {below} are shown as “&lt;{threshold}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="198"/>
        <source>This report is for internal use: every count is shown in full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports_page.py" line="78"/>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="79"/>
        <source>Situation of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="91"/>
        <source>Standard template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="92"/>
        <source>Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="96"/>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="97"/>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="101"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="106"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="107"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="111"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="113"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="114"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="115"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="125"/>
        <source>What each audience may read is decided before the report is drawn: incidents by their confidentiality, names by consent, places by the record&apos;s precision, and small counts hidden outside internal reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="159"/>
        <source>Report template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="160"/>
        <source>Templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="182"/>
        <source>Gathering the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="189"/>
        <source>{incidents} incident(s), SHA-256 {digest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="206"/>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="226"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="227"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="237"/>
        <source>The report could not be saved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports_page.py" line="240"/>
        <source>Saved %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="261"/>
        <source>The report could not be made ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="39"/>
        <location filename="../../ui/review_dialog.py" line="79"/>
        <source>Quarterly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="48"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="74"/>
        <source>The review could not be built ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="83"/>
        <source>No situation of concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="85"/>
        <source>Deterioration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="91"/>
        <source>Risk: {factor}: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="96"/>
        <source>all incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="102"/>
        <source>Overdue: {title} (due {due}, lead {lead})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="106"/>
        <source>Blocked: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="108"/>
        <source>Incidents added: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <location filename="../../ui/incident_editor.py" line="437"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="497"/>
        <source>{mask} (protected)</source>
        <translation>{mask} (protected)</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <location filename="../../ui/incident_editor.py" line="586"/>
        <source>Remove {row}</source>
        <translation>Remove {row}</translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="41"/>
        <source>Self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="55"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="59"/>
        <source>&amp;Copy results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="60"/>
        <source>Run &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="92"/>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="123"/>
        <source>{failed} of {total} checks failed. Copy the results and send them to whoever supports Upfront for your office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="126"/>
        <source>Everything works: {total} checks passed or did not apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="77"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>Remember me on this device</source>
        <translation>Remember me on this device</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="105"/>
        <source>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</source>
        <translation>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="111"/>
        <source>This computer has no secure keyring, so Upfront cannot remember you here.</source>
        <translation>This computer has no secure keyring, so Upfront cannot remember you here.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="116"/>
        <source>The standard folder for this computer</source>
        <translation>The standard folder for this computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="128"/>
        <source>Applies when Upfront next starts.</source>
        <translation>Applies when Upfront next starts.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="130"/>
        <source>Upfront locks itself after this long without keyboard or mouse input.</source>
        <translation>Upfront locks itself after this long without keyboard or mouse input.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="133"/>
        <source>Locks at once, from any Upfront window.</source>
        <translation>Locks at once, from any Upfront window.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="135"/>
        <source>Applies when Upfront next starts. Move keys.json and upfront.db there yourself, together.</source>
        <translation>Applies when Upfront next starts. Move keys.json and upfront.db there yourself, together.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="138"/>
        <source>{variable} is set and takes precedence.</source>
        <translation>{variable} is set and takes precedence.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="143"/>
        <source>Not available: this computer has no secure keyring.</source>
        <translation>Not available: this computer has no secure keyring.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="151"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="152"/>
        <source>Lock when &amp;idle for:</source>
        <translation>Lock when &amp;idle for:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>&amp;Panic key:</source>
        <translation>&amp;Panic key:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="155"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Data folder:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="192"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="201"/>
        <source>Use Ctrl, Alt or a function key, or typing would lock Upfront.</source>
        <translation>Use Ctrl, Alt or a function key, or typing would lock Upfront.</translation>
    </message>
</context>
<context>
    <name>SituationDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="230"/>
        <source>Situation of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="236"/>
        <source>regions, separated by commas (none: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="259"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="260"/>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="261"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="262"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="263"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="264"/>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="265"/>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="266"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="267"/>
        <source>Violation types (none ticked: all)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SituationsPage</name>
    <message>
        <location filename="../../ui/situations_page.py" line="83"/>
        <source>Situations of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="95"/>
        <source>Risk factors over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="104"/>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="104"/>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="104"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="104"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="105"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="105"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="105"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="114"/>
        <source>New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="116"/>
        <source>Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="118"/>
        <source>Edit action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="137"/>
        <source>Risk heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="138"/>
        <location filename="../../ui/situations_page.py" line="415"/>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="139"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="140"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="142"/>
        <source>Quarterly review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="144"/>
        <source>New situation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="146"/>
        <source>Edit situation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="175"/>
        <source>All confidentiality levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="181"/>
        <source>Confidentiality</source>
        <translation type="unfinished">Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="186"/>
        <source>Charts need Qt&apos;s chart module (PySide6-Addons), which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="221"/>
        <source>Acts per week, by violation type (weeks ago, to {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="225"/>
        <source>Acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="230"/>
        <source>Acts by region, last 26 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="231"/>
        <source>(no region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="337"/>
        <source>The situations could not be loaded ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="351"/>
        <source>No situation of concern yet. Add one with `upfront situation add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="368"/>
        <source>{status} · {count} incidents · owner {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="381"/>
        <source>Risk factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="388"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="405"/>
        <source>&lt;b&gt;All incidents:&lt;/b&gt; {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="409"/>
        <source>&lt;b&gt;{type}:&lt;/b&gt; {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="415"/>
        <source>Signals ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="419"/>
        <source>No strategy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="422"/>
        <source>Version {version}. Objectives: {objectives}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="429"/>
        <source>{status} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategiesPage</name>
    <message>
        <location filename="../../ui/strategies_page.py" line="61"/>
        <location filename="../../ui/strategies_page.py" line="86"/>
        <location filename="../../ui/strategies_page.py" line="98"/>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="62"/>
        <source>All pillars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="66"/>
        <location filename="../../ui/strategies_page.py" line="87"/>
        <location filename="../../ui/strategies_page.py" line="100"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="67"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="70"/>
        <source>Only overdue or blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="77"/>
        <source>No situation has a strategy yet. Add one under Situations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="84"/>
        <source>Actions of every situation&apos;s strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="86"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="86"/>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="86"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="87"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="87"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="87"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="119"/>
        <source>The actions could not be loaded ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="152"/>
        <source>{status} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="170"/>
        <source>{actions} in {situations}; {overdue} overdue, {blocked} blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategies_page.py" line="171"/>
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategies_page.py" line="172"/>
        <source>%n situation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/unlock.py" line="323"/>
        <source>Too short</source>
        <translation>Too short</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="324"/>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="325"/>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="326"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="327"/>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_page.py" line="153"/>
        <source>HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="154"/>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="155"/>
        <source>Waiting to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="156"/>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="157"/>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="159"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="170"/>
        <location filename="../../ui/sync_page.py" line="175"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="170"/>
        <source>Field</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="171"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="173"/>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="175"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="176"/>
        <source>HQ&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="182"/>
        <source>Conflicts to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="185"/>
        <source>Refused by HQ (quarantine): these changes are kept here and did not block the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="230"/>
        <source>Not enrolled: run `upfront enroll` with the token and fingerprint HQ gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="236"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="237"/>
        <source>{changes} change(s), {files} file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="239"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="241"/>
        <source>Sync: not set up</source>
        <translation type="unfinished">Sync: not set up</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="243"/>
        <source>Sync: {count} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="246"/>
        <source>Sync: failed, will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="248"/>
        <source>Sync: up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="254"/>
        <source>HQ says this computer&apos;s clock is {hours} hours ahead. Correct it: HQ treats its time stamps as HQ&apos;s own time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="260"/>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="276"/>
        <source>in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="285"/>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="286"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="294"/>
        <location filename="../../ui/sync_page.py" line="305"/>
        <source>sent {sent}, received {received}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="321"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="357"/>
        <source>The merge could not be saved ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="915"/>
        <source>Unlock Upfront</source>
        <translation>Unlock Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="929"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="930"/>
        <location filename="../../ui/unlock.py" line="1145"/>
        <location filename="../../ui/unlock.py" line="1149"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="953"/>
        <source>Too many wrong attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="964"/>
        <source>&amp;Remember me on this device</source>
        <translation>&amp;Remember me on this device</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="970"/>
        <source>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</source>
        <translation>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="979"/>
        <source>This computer has no secure keyring (such as Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet), so Upfront cannot remember you here. Enter your passphrase each time.</source>
        <translation>This computer has no secure keyring (such as Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet), so Upfront cannot remember you here. Enter your passphrase each time.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="985"/>
        <source>Not available: this computer has no secure keyring.</source>
        <translation>Not available: this computer has no secure keyring.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="990"/>
        <location filename="../../ui/unlock.py" line="1086"/>
        <source>U&amp;ser:</source>
        <translation>U&amp;ser:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="992"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="997"/>
        <source>Upfront is locked</source>
        <translation>Upfront is locked</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1001"/>
        <source>The records on this computer are encrypted. Enter your passphrase to open them.</source>
        <translation>The records on this computer are encrypted. Enter your passphrase to open them.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1027"/>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1030"/>
        <source>Unlock with the recovery key</source>
        <translation>Unlock with the recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1034"/>
        <source>Type the recovery key that was printed or written down when Upfront was set up on this computer. Dashes and spaces are optional, and lower-case letters are fine.</source>
        <translation>Type the recovery key that was printed or written down when Upfront was set up on this computer. Dashes and spaces are optional, and lower-case letters are fine.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1049"/>
        <source>Upfront cannot open the records</source>
        <translation>Upfront cannot open the records</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1054"/>
        <source>If you have a backup copy of the key file (keys.json), put it back in this folder and choose Try again:
{folder}</source>
        <translation>If you have a backup copy of the key file (keys.json), put it back in this folder and choose Try again:
{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1090"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1094"/>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished">&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1099"/>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1103"/>
        <source>The recovery key was accepted. Choose whose passphrase to replace, or type a new name, and set the passphrase to use from now on. The recovery key stays valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1144"/>
        <source>Use recovery key</source>
        <translation>Use recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1148"/>
        <source>Use passphrase</source>
        <translation>Use passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1152"/>
        <source>Set passphrase and &amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1155"/>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1171"/>
        <source>No user has a passphrase for this store. Use the recovery key.</source>
        <translation>No user has a passphrase for this store. Use the recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1194"/>
        <source>Opening with the key remembered on this device…</source>
        <translation>Opening with the key remembered on this device…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1218"/>
        <source>Setting the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1230"/>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1322"/>
        <source>The recovery key is not correct. Nothing was changed.</source>
        <translation>The recovery key is not correct. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="1326"/>
        <source>Wrong passphrase for “{user}”. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Wrong passphrase for “{user}”. Check the keyboard layout and Caps Lock, then try again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="1370"/>
        <source>You can try again in %n s.</source>
        <translation>
            <numerusform>You can try again in %n s.</numerusform>
            <numerusform>You can try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViolationChoice</name>
    <message>
        <location filename="../../ui/incident_editor.py" line="395"/>
        <source>Violation {number} (missing)</source>
        <translation>Violation {number} (missing)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="405"/>
        <source>{number}: {label}</source>
        <translation>{number}: {label}</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>Emergency wipe</source>
        <translation>Emergency wipe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>The emergency wipe destroys the key file and deletes the encrypted database in this folder:
{folder}

Every record on this computer becomes unreadable for good, including any copy or backup of the database. Records already sent to HQ are not affected. Unsaved work in open editors is lost. This cannot be undone.

Afterwards Upfront starts again as on a new computer.</source>
        <translation>The emergency wipe destroys the key file and deletes the encrypted database in this folder:
{folder}

Every record on this computer becomes unreadable for good, including any copy or backup of the database. Records already sent to HQ are not affected. Unsaved work in open editors is lost. This cannot be undone.

Afterwards Upfront starts again as on a new computer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>To confirm, type {word}:</source>
        <translation>To confirm, type {word}:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Wipe everything</source>
        <translation>&amp;Wipe everything</translation>
    </message>
</context>
<context>
    <name>_CheckPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="282"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="283"/>
        <source>Every row is checked; nothing is imported yet. A row with an error is never imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="286"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="287"/>
        <location filename="../../ui/exchange_dialogs.py" line="292"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="287"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="287"/>
        <source>Field</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="288"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="289"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="291"/>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="292"/>
        <source>Likely duplicate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="293"/>
        <source>Title similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="294"/>
        <source>Import likely duplicates too</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="313"/>
        <source>Checking %n row(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="331"/>
        <source>{rows} rows: {valid} valid, {errors} with errors, %n likely duplicate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="347"/>
        <source>The rows could not be checked ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="372"/>
        <source>incident {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="374"/>
        <source>row {ref}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ChoosePage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="118"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="120"/>
        <source>A spreadsheet (.csv in UTF-8, or .xlsx) or a JSON export of incidents. Nothing is imported before the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="125"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="128"/>
        <source>Columns named like Upfront&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="129"/>
        <source>KoboToolbox starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="130"/>
        <source>Other mapping file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="139"/>
        <source>File</source>
        <translation type="unfinished">File</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="140"/>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="153"/>
        <source>Import incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="154"/>
        <source>Incident files (*.csv *.xlsx *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="161"/>
        <source>Mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="162"/>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="199"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="223"/>
        <source>The file could not be read ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ImportPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="388"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="389"/>
        <source>The rows are written in one go, and only when you click Import; until then nothing is in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="407"/>
        <source>%n row(s) will be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="409"/>
        <source>%n likely duplicate(s) left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="411"/>
        <source>%n row(s) with errors left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="413"/>
        <source>No row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="415"/>
        <source>Every valid row is a likely duplicate; tick &quot;Import likely duplicates too&quot; on the previous page to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="421"/>
        <source>Import %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="433"/>
        <source>Importing %n row(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="450"/>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="451"/>
        <source>Imported %n incident(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="460"/>
        <source>Nothing was imported ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="235"/>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="236"/>
        <source>Which field each column of the file fills. Columns that are not mapped are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="240"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="240"/>
        <source>Upfront field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="241"/>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="258"/>
        <source>This JSON file holds %n incident record(s). They are read as they are: a mapping does not apply.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="263"/>
        <source>Mapping: {mapping}. %n column(s) of the file are read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="265"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="266"/>
        <source>not mapped, ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="80"/>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="84"/>
        <source>Not saved ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>describe_error</name>
    <message>
        <location filename="../../ui/unlock.py" line="107"/>
        <source>The passphrase is not correct. Nothing was changed.</source>
        <translation>The passphrase is not correct. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="111"/>
        <source>The key file of this store cannot be read, so the records cannot be opened. Nothing was changed.</source>
        <translation>The key file of this store cannot be read, so the records cannot be opened. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="117"/>
        <source>The database does not match this store&apos;s key file: it may be damaged or belong to another installation. Nothing was changed.</source>
        <translation>The database does not match this store&apos;s key file: it may be damaged or belong to another installation. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="123"/>
        <source>These records were saved by a newer version of Upfront. Install that version or a newer one to open them. Nothing was changed.</source>
        <translation>These records were saved by a newer version of Upfront. Install that version or a newer one to open them. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="129"/>
        <source>There is no Upfront store in this folder.</source>
        <translation>There is no Upfront store in this folder.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="133"/>
        <source>A store already exists in this folder. Start Upfront again to unlock it.</source>
        <translation>A store already exists in this folder. Start Upfront again to unlock it.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="138"/>
        <source>The store stays locked.</source>
        <translation>The store stays locked.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="142"/>
        <source>Upfront could not read or write a file.</source>
        <translation>Upfront could not read or write a file.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="148"/>
        <source>Something unexpected went wrong. Please tell your IT focal point what you were doing.</source>
        <translation>Something unexpected went wrong. Please tell your IT focal point what you were doing.</translation>
    </message>
</context>
<context>
    <name>name_problem</name>
    <message>
        <location filename="../../ui/unlock.py" line="161"/>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="163"/>
        <source>Use at most {maximum} printable characters.</source>
        <translation>Use at most {maximum} printable characters.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="167"/>
        <source>“recovery” is reserved for the recovery key.</source>
        <translation>“recovery” is reserved for the recovery key.</translation>
    </message>
</context>
</TS>
