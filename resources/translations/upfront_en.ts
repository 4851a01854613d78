<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="177"/>
        <source>Strategy action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="187"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="196"/>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="197"/>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="198"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="199"/>
        <source>Lead UN entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="200"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="201"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="202"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="203"/>
        <source>Indicators (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/gui.py" line="167"/>
        <source>Erased on HQ&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="169"/>
        <source>HQ revoked this device and ordered it erased. Everything Upfront held on this computer was wiped, as the emergency wipe does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="184"/>
        <source>Emergency wipe</source>
        <translation>Emergency wipe</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="185"/>
        <source>The emergency wipe did not finish. Try again, or delete the data folder.</source>
        <translation>The emergency wipe did not finish. Try again, or delete the data folder.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="103"/>
        <source>New risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="113"/>
        <source>Risk factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="113"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="113"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="126"/>
        <source>— not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="134"/>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="135"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceCombo</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="114"/>
        <source>Internal: the country team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="115"/>
        <source>United Nations system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="116"/>
        <source>Trusted partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="117"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;Reopen drafts</source>
        <translation>&amp;Reopen drafts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>&amp;Not now</source>
        <translation>&amp;Not now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="128"/>
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
        <location filename="../../ui/exchange_dialogs.py" line="955"/>
        <location filename="../../ui/exchange_dialogs.py" line="1085"/>
        <source>Export incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="958"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="959"/>
        <source>Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="960"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="961"/>
        <source>HXL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="966"/>
        <source>One row per incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="967"/>
        <source>One row per act of violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="968"/>
        <source>Counts per week, region and violation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="977"/>
        <source>Limit to dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="985"/>
        <source>(any country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="988"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="999"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1003"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1004"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1005"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1007"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1008"/>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1038"/>
        <source>Leaves nothing out: every record, drafts included, with every name and place. For the country team only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1042"/>
        <source>Leaves out records marked internal, drafts and records found false; the names of protected people, of people whose consent does not reach the UN, of sources, perpetrators and staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1047"/>
        <source>Counts only, never a row per record: acts of violation per week, region and type, from records cleared for partners (no drafts, no records found false); counts under the report threshold are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1053"/>
        <source>Counts only, never a row per record: acts of violation per week, region and type, from records marked public (no drafts, no records found false); counts under the report threshold are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1077"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1078"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1079"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1080"/>
        <source>HXL (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1101"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="1113"/>
        <source>Exported %n incident(s) (SHA-256 {digest}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1122"/>
        <source>The export could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="89"/>
        <source>Set up Upfront</source>
        <translation>Set up Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="103"/>
        <source>The name colleagues know you by</source>
        <translation>The name colleagues know you by</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="114"/>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="117"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="117"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="120"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="121"/>
        <source>Create store</source>
        <translation>Create store</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="125"/>
        <source>Use an &amp;existing data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="129"/>
        <source>Open records that are already kept in a folder on this computer or a shared drive, instead of creating new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="135"/>
        <source>&amp;Look around with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="139"/>
        <source>Open a separate store of fictitious incidents, situations and a strategy, to see every page at work. It is kept apart from your own records and can never be sent to HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="156"/>
        <source>Set up Upfront on this computer</source>
        <translation>Set up Upfront on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="160"/>
        <source>Your records are kept on this computer, encrypted. Choose the name that will appear in the history of your records, and a passphrase: you will enter it each time you open Upfront.</source>
        <translation>Your records are kept on this computer, encrypted. Choose the name that will appear in the history of your records, and a passphrase: you will enter it each time you open Upfront.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="198"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="204"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="208"/>
        <source>Printing arrives with the reports work. Until then, copy the key into a safe place or write it down.</source>
        <translation>Printing arrives with the reports work. Until then, copy the key into a safe place or write it down.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="212"/>
        <source>I have &amp;stored the recovery key safely</source>
        <translation>I have &amp;stored the recovery key safely</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="213"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="229"/>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="233"/>
        <source>If you forget your passphrase, this key is the only way to open your records. It is shown only this once. Print it or write it down, and keep it somewhere safe away from this computer: anyone who has both can read the records.</source>
        <translation>If you forget your passphrase, this key is the only way to open your records. It is shown only this once. Print it or write it down, and keep it somewhere safe away from this computer: anyone who has both can read the records.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="293"/>
        <source>Creating the encrypted store…</source>
        <translation>Creating the encrypted store…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="329"/>
        <source>Choose the existing data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="341"/>
        <source>Looking for a store in that folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="354"/>
        <source>There is no Upfront store in this folder. Choose the folder that holds keys.json:
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="380"/>
        <source>Making the sample store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="408"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="409"/>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="410"/>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="417"/>
        <source>Upfront recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="426"/>
        <source>This key opens the encrypted Upfront records on one computer if the passphrase is forgotten. Keep this sheet locked away, separate from the computer. Do not photograph it or send it by e-mail or messenger.</source>
        <translation>This key opens the encrypted Upfront records on one computer if the passphrase is forgotten. Keep this sheet locked away, separate from the computer. Do not photograph it or send it by e-mail or messenger.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="445"/>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="835"/>
        <source>Import incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="905"/>
        <source>Incident id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="906"/>
        <source>Title</source>
        <translation type="unfinished">Title</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="907"/>
        <source>Date (from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="908"/>
        <source>Date (to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="909"/>
        <source>Date precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="910"/>
        <source>Date reported</source>
        <translation type="unfinished">Date reported</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="911"/>
        <source>Narrative</source>
        <translation type="unfinished">Narrative</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="912"/>
        <source>Confidentiality</source>
        <translation type="unfinished">Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="913"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="914"/>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="915"/>
        <source>Region (admin 1)</source>
        <translation type="unfinished">Region (admin 1)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="916"/>
        <source>Region P-code (admin 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="917"/>
        <source>District (admin 2)</source>
        <translation type="unfinished">District (admin 2)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="918"/>
        <source>District P-code (admin 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="919"/>
        <source>Place</source>
        <translation type="unfinished">Place</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="920"/>
        <source>Latitude</source>
        <translation type="unfinished">Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="921"/>
        <source>Longitude</source>
        <translation type="unfinished">Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="922"/>
        <source>GPS point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="923"/>
        <source>Location precision</source>
        <translation type="unfinished">Location precision</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="924"/>
        <source>Sensitive location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="925"/>
        <source>Place not in the gazetteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="926"/>
        <source>Verification status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="927"/>
        <source>Credibility</source>
        <translation type="unfinished">Credibility</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="928"/>
        <source>Reviewer</source>
        <translation type="unfinished">Reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="929"/>
        <source>Verification date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="930"/>
        <source>Violation type</source>
        <translation type="unfinished">Violation type</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="931"/>
        <source>Victims (count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="932"/>
        <source>Killed (count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="933"/>
        <source>Injured (count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="934"/>
        <source>Perpetrator category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="935"/>
        <source>Source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="936"/>
        <source>Source&apos;s connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="937"/>
        <source>Source reliability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="142"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="154"/>
        <location filename="../../ui/incident_editor/editor.py" line="677"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="156"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="255"/>
        <location filename="../../ui/incident_editor/editor.py" line="289"/>
        <location filename="../../ui/incident_editor/editor.py" line="296"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="258"/>
        <source>Overview &amp;&amp; location</source>
        <translation>Overview &amp;&amp; location</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="267"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="269"/>
        <source>Occurred from</source>
        <translation>Occurred from</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="274"/>
        <source>Occurred to</source>
        <translation>Occurred to</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="281"/>
        <source>Date reported</source>
        <translation>Date reported</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="288"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="295"/>
        <source>Region (admin 1)</source>
        <translation>Region (admin 1)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="304"/>
        <source>District (admin 2)</source>
        <translation>District (admin 2)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="323"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="348"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="349"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="357"/>
        <source>Location precision</source>
        <translation>Location precision</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="362"/>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="365"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="370"/>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="416"/>
        <source>&amp;Violations</source>
        <translation>&amp;Violations</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="424"/>
        <location filename="../../ui/incident_editor/editor.py" line="549"/>
        <location filename="../../ui/incident_editor/editor.py" line="617"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="427"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="428"/>
        <source>Victims</source>
        <translation>Victims</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="431"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="434"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="450"/>
        <source>Violation {number}</source>
        <translation>Violation {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="451"/>
        <source>Add violation</source>
        <translation>Add violation</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="458"/>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="460"/>
        <source>Show the protected name; the reveal is recorded in the audit log</source>
        <translation>Show the protected name; the reveal is recorded in the audit log</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="464"/>
        <location filename="../../ui/incident_editor/editor.py" line="522"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="466"/>
        <source>Reveal name</source>
        <translation>Reveal name</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="469"/>
        <source>V&amp;ictims</source>
        <translation>V&amp;ictims</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="473"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="419"/>
        <location filename="../../ui/incident_editor/editor.py" line="474"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="301"/>
        <source>Region P-code (admin 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="307"/>
        <source>District P-code (admin 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="312"/>
        <source>Region or district not in the list (keep as typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="318"/>
        <source>Regions and districts are checked against OCHA&apos;s list of P-codes. Tick this only for a place the list does not have: it is kept as typed, without a code, and listed with the records to resolve later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="326"/>
        <source>The place names a protected victim of this record: if it is their home, a shelter or a safe house, mark it sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="337"/>
        <source>Sensitive location (a home, shelter, safe house)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="344"/>
        <source>Outside the team, a sensitive location is shown only as its region and district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="376"/>
        <source>Written for partners and the public; reports outside the UN print this, never the narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="383"/>
        <source>Summary for partners and the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="391"/>
        <source>Clearance of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="392"/>
        <source>Clear for release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="420"/>
        <location filename="../../ui/incident_editor/editor.py" line="475"/>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="421"/>
        <source>Number of victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="439"/>
        <source>Count {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="440"/>
        <source>Add count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="445"/>
        <source>Victims by sex and age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="478"/>
        <source>not given</source>
        <translation type="unfinished">not given</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="479"/>
        <source>Group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="489"/>
        <location filename="../../ui/incident_editor/editor.py" line="557"/>
        <source>Protected</source>
        <translation>Protected</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="490"/>
        <location filename="../../ui/incident_editor/editor.py" line="558"/>
        <source>Withhold the name on screens and exports</source>
        <translation>Withhold the name on screens and exports</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="492"/>
        <location filename="../../ui/incident_editor/editor.py" line="560"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="493"/>
        <location filename="../../ui/incident_editor/editor.py" line="561"/>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="498"/>
        <source>Victim {number}</source>
        <translation>Victim {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="499"/>
        <source>Add victim</source>
        <translation>Add victim</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="512"/>
        <source>&amp;Perpetrators</source>
        <translation>&amp;Perpetrators</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="517"/>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="518"/>
        <source>Degree</source>
        <translation>Degree</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="521"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="527"/>
        <source>Involvement {number}</source>
        <translation>Involvement {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="528"/>
        <source>Add involvement</source>
        <translation>Add involvement</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="533"/>
        <source>Involvement</source>
        <translation>Involvement</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="538"/>
        <source>Perpetrator {number}</source>
        <translation>Perpetrator {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="539"/>
        <source>Add perpetrator</source>
        <translation>Add perpetrator</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="546"/>
        <source>S&amp;ources &amp;&amp; verification</source>
        <translation>S&amp;ources &amp;&amp; verification</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="551"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="553"/>
        <source>Reliability</source>
        <translation>Reliability</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="562"/>
        <source>Information given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="565"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="570"/>
        <source>Source {number}</source>
        <translation>Source {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="571"/>
        <source>Add source</source>
        <translation>Add source</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="578"/>
        <source>&lt;b&gt;Verification&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verification&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="582"/>
        <source>Standard of proof</source>
        <translation>Standard of proof</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="589"/>
        <source>Credibility</source>
        <translation>Credibility</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="593"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="597"/>
        <source>Date reviewed</source>
        <translation>Date reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="604"/>
        <source>&amp;Attachments</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="608"/>
        <source>Save the incident to add attachments. Files can also be dropped here.</source>
        <translation>Save the incident to add attachments. Files can also be dropped here.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="616"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="618"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="619"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="620"/>
        <source>Captured by</source>
        <translation>Captured by</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="621"/>
        <source>Captured at</source>
        <translation>Captured at</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="624"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="629"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="631"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="633"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="635"/>
        <source>Writes a copy without the file&apos;s metadata (place, time, device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="638"/>
        <source>Export original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="649"/>
        <source>Chain of custody of the selected file</source>
        <translation>Chain of custody of the selected file</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="651"/>
        <location filename="../../ui/incident_editor/editor.py" line="660"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="651"/>
        <location filename="../../ui/incident_editor/editor.py" line="660"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="651"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="651"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="653"/>
        <source>Chain of custody</source>
        <translation>Chain of custody</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="657"/>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="660"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="660"/>
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="660"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="662"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="683"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="686"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="691"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="693"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="695"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="704"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="711"/>
        <source>&amp;Add attachment…</source>
        <translation>&amp;Add attachment…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="713"/>
        <source>&amp;View attachment</source>
        <translation>&amp;View attachment</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="715"/>
        <source>&amp;Export attachment…</source>
        <translation>&amp;Export attachment…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="717"/>
        <source>Export &amp;original attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="719"/>
        <source>A&amp;ttachments</source>
        <translation>A&amp;ttachments</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="736"/>
        <source>UN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="740"/>
        <source>Read-only: this record is the view HQ sends to {audience} readers, with names withheld and places coarsened. It cannot be changed on this device; the team that holds the record can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="124"/>
        <source>Remove violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="151"/>
        <source>(no type)</source>
        <translation>(no type)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="69"/>
        <source>Changed: once saved, the new text needs clearing again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="73"/>
        <location filename="../../ui/incident_editor/summary.py" line="81"/>
        <source>Not cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="76"/>
        <source>No summary: reports outside the UN print nothing for this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="84"/>
        <source>Cleared by the author alone (single-user office) on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="91"/>
        <source>Cleared by {user} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="98"/>
        <source>Save the incident first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="100"/>
        <source>There is no summary to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="102"/>
        <source>Sign in as a user to clear the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="106"/>
        <source>A user other than its author clears the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="110"/>
        <source>The summary is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="779"/>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="780"/>
        <source>{title}[*] – Upfront</source>
        <translation>{title}[*] – Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="44"/>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Something went wrong; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="67"/>
        <source>(created)</source>
        <translation>(created)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="177"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="178"/>
        <source>This incident has changes that are not saved.</source>
        <translation>This incident has changes that are not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="134"/>
        <source>Add files with Add… or drop them here. They are kept inside the encrypted store.</source>
        <translation>Add files with Add… or drop them here. They are kept inside the encrypted store.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="155"/>
        <source>Save the incident before adding attachments.</source>
        <translation>Save the incident before adding attachments.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="161"/>
        <source>Add attachments</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="86"/>
        <source>{filename} cannot be shown inside Upfront without writing it to disk; use Export.</source>
        <translation>{filename} cannot be shown inside Upfront without writing it to disk; use Export.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="237"/>
        <source>Export original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="238"/>
        <source>The original keeps its metadata: it may hold the place (GPS position), the time and the device it was made with. Export the original only for an evidence handover; the chain of custody records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="256"/>
        <source>Export attachment</source>
        <translation>Export attachment</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="270"/>
        <source>{filename} was exported as the original, with its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="274"/>
        <source>{filename} was exported without its metadata (place, time, device); the original stays unchanged in the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentListView</name>
    <message>
        <location filename="../../ui/incident_list.py" line="109"/>
        <source>Loading incidents…</source>
        <translation>Loading incidents…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="201"/>
        <source>Search title, narrative, places</source>
        <translation>Search title, narrative, places</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="202"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="206"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="207"/>
        <source>Filter from a date</source>
        <translation>Filter from a date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="208"/>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="209"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="210"/>
        <source>Filter up to a date</source>
        <translation>Filter up to a date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="211"/>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="214"/>
        <source>All violations</source>
        <translation>All violations</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="214"/>
        <source>Violation type</source>
        <translation>Violation type</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="217"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="220"/>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="237"/>
        <source>Region (admin 1)</source>
        <translation>Region (admin 1)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="245"/>
        <source>Any verification</source>
        <translation>Any verification</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="245"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="248"/>
        <source>Any confidentiality</source>
        <translation>Any confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="248"/>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="250"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="250"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="252"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="253"/>
        <location filename="../../ui/incident_list.py" line="262"/>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="256"/>
        <source>New incident ({shortcut})</source>
        <translation>New incident ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="268"/>
        <source>Number of incidents</source>
        <translation>Number of incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="282"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="319"/>
        <source>&amp;Violation</source>
        <translation>&amp;Violation</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="320"/>
        <source>C&amp;ountry</source>
        <translation>C&amp;ountry</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="321"/>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="322"/>
        <source>Veri&amp;fication</source>
        <translation>Veri&amp;fication</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="323"/>
        <source>Confi&amp;dentiality</source>
        <translation>Confi&amp;dentiality</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="324"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="331"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="390"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_list.py" line="413"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="417"/>
        <source>The incidents could not be read: {reason}</source>
        <translation>The incidents could not be read: {reason}</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../ui/incident_model.py" line="109"/>
        <source>{title} (HQ&apos;s view for {audience}, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="113"/>
        <source>UN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="175"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="176"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="177"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="178"/>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="179"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="180"/>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="181"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="244"/>
        <source>Not sortable: an incident may have several violations</source>
        <translation>Not sortable: an incident may have several violations</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>Upfront</source>
        <translation>Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>Upfront — sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>&amp;New incident</source>
        <translation>&amp;New incident</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>&amp;Import incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Incidents from a spreadsheet or a JSON export, checked row by row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>&amp;Export incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>Incidents as CSV, Excel, JSON or HXL, cleared for an audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>Close the records; the passphrase opens them again</source>
        <translation>Close the records; the passphrase opens them again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>Emergency &amp;wipe…</source>
        <translation>Emergency &amp;wipe…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Destroy the key file and the records on this computer</source>
        <translation>Destroy the key file and the records on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>Run &amp;self-test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Check that this installation works: the encrypted store, cryptography, translations, fonts, reports and the link to HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>&amp;About Upfront</source>
        <translation>&amp;About Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>Strategies</source>
        <translation>Strategies</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Sync is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="503"/>
        <source>Sync: not set up</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="522"/>
        <source>Signed in as {user}</source>
        <translation>Signed in as {user}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="523"/>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="523"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="661"/>
        <source>Settings saved. Language and data folder apply when Upfront next starts.</source>
        <translation>Settings saved. Language and data folder apply when Upfront next starts.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="663"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="695"/>
        <source>About Upfront</source>
        <translation>About Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="697"/>
        <source>Upfront {version}</source>
        <translation>Upfront {version}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="701"/>
        <source>Documentation of human rights violations for UN country teams.

Database schema: {schema}
SQLCipher: {sqlcipher}</source>
        <translation>Documentation of human rights violations for UN country teams.

Database schema: {schema}
SQLCipher: {sqlcipher}</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../ui/map_page.py" line="203"/>
        <source>{region}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../ui/map_page.py" line="265"/>
        <source>Loading the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="267"/>
        <source>Show &amp;points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="269"/>
        <source>Show incident locations as points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="275"/>
        <source>Map of incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="278"/>
        <source>Regions on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="281"/>
        <source>&amp;Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="340"/>
        <source>{incidents} in {regions} on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="341"/>
        <location filename="../../ui/map_page.py" line="382"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="342"/>
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="349"/>
        <source>%n incident(s) without a region: counted, not on the map.</source>
        <translation>
            <numerusform>%n incident without a region: counted, not on the map.</numerusform>
            <numerusform>%n incidents without a region: counted, not on the map.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="357"/>
        <source>%n incident(s) without coordinates have no point.</source>
        <translation>
            <numerusform>%n incident without coordinates has no point.</numerusform>
            <numerusform>%n incidents without coordinates have no point.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="361"/>
        <source>Nearby incidents share a dot, sized by their number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="370"/>
        <source>{region} ({country})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="372"/>
        <source>{region}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="379"/>
        <source>{region}, {country}: {incidents}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="395"/>
        <source>The map could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/sync_page.py" line="168"/>
        <source>Merge: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="172"/>
        <source>Version kept at HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="175"/>
        <location filename="../../ui/sync_page.py" line="191"/>
        <source>Other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="177"/>
        <location filename="../../ui/sync_page.py" line="219"/>
        <source>Merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="178"/>
        <source>Start from the kept version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="180"/>
        <source>Start from the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="182"/>
        <source> (from this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="186"/>
        <source>Kept at HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="211"/>
        <source>The field “{field}” was changed in two places before either saw the other. Both versions are kept; write the text that should stand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase.py" line="150"/>
        <source>Too short: use at least {minimum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="156"/>
        <source>The passphrases do not match.</source>
        <translation>The passphrases do not match.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="160"/>
        <source>Type the passphrase again.</source>
        <translation>Type the passphrase again.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="177"/>
        <source>At least {minimum} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="203"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="206"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="220"/>
        <source>{field}: precision</source>
        <translation>{field}: precision</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../ui/report/strings.py" line="15"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="16"/>
        <source>Generated {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="17"/>
        <source>SHA-256</source>
        <translation type="unfinished">SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="18"/>
        <source>Reference of the report&apos;s content: two prints with the same reference say the same thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="22"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="23"/>
        <source>Reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="24"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="25"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="26"/>
        <source>{title} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="27"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="28"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="29"/>
        <source>fewer than {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="32"/>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="33"/>
        <source>United Nations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="34"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="35"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="38"/>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="39"/>
        <source>Incidents over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="40"/>
        <source>Violations by type and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="41"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="42"/>
        <source>Key incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="43"/>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="44"/>
        <source>Prevention and response actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="45"/>
        <source>Sources and methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="48"/>
        <source>Incidents</source>
        <translation type="unfinished">Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="49"/>
        <source>Acts of violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="50"/>
        <source>Victims</source>
        <translation type="unfinished">Victims</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="51"/>
        <source>By violation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="52"/>
        <source>By verification level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="53"/>
        <source>Victims by sex and age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="54"/>
        <source>Violation type</source>
        <translation type="unfinished">Violation type</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="55"/>
        <source>Verification level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="56"/>
        <source>Sex / age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="57"/>
        <source>No incidents in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="59"/>
        <source>Incidents per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="60"/>
        <source>Incidents per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="61"/>
        <source>Week starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="62"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="63"/>
        <source>Hatched segments stand for fewer than {threshold} incidents; they are drawn at a nominal height of {height}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="69"/>
        <source>Rows: violation type; columns: first-level administrative area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="72"/>
        <source>×: withheld, so that a small count cannot be worked out from the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="76"/>
        <source>Incidents by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="77"/>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="78"/>
        <source>Incident location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="79"/>
        <source>No boundary data for {areas}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="80"/>
        <source>Offline boundaries: Natural Earth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="81"/>
        <source>The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="86"/>
        <source>No map data for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="88"/>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="89"/>
        <source>Place</source>
        <translation type="unfinished">Place</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="90"/>
        <source>Violations</source>
        <translation type="unfinished">Violations</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="91"/>
        <source>Verification</source>
        <translation type="unfinished">Verification</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="92"/>
        <source>Named persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="93"/>
        <source>No key incidents in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="94"/>
        <source>Incidents not listed one by one, as listing them would reveal a figure too small to publish: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="99"/>
        <source>Incidents in this report with no summary cleared for partners and the public (none is printed for them): {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="104"/>
        <source>Summaries cleared by their author alone, in an office with a single user: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="108"/>
        <source>Assessed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="109"/>
        <source>previous assessment {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="110"/>
        <source>first assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="111"/>
        <source>Overall level: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="112"/>
        <source>Risk factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="113"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="114"/>
        <source>Previous level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="115"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="116"/>
        <source>No risk assessment in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="118"/>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="119"/>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="120"/>
        <source>Lead / owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="121"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="122"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="123"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="124"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="125"/>
        <source>Actions: {actions}; overdue: {overdue}; blocked: {blocked}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="128"/>
        <source>No actions in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="130"/>
        <source>Sources by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="131"/>
        <source>Source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="132"/>
        <source>No sources in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="133"/>
        <source>Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="134"/>
        <source>To protect the people concerned, counts from 1 to {below} are shown as “&lt;{threshold}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="139"/>
        <source>This report is for internal use: every count is shown in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="144"/>
        <source>What this report leaves out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="145"/>
        <source>Not in these figures: {count} incidents of the period and scope, left out for this audience (see “What this report leaves out”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="150"/>
        <source>Of the {total} incidents recorded for this period and scope, {included} are counted in this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="155"/>
        <source>Incidents of this period and scope counted in this report: {included}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="158"/>
        <source>No incident of this period and scope is left out of this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="161"/>
        <source>Left out as drafts, not yet submitted for review: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="164"/>
        <source>Left out as more confidential than this report&apos;s audience: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="167"/>
        <source>Left out as found false or rejected: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="168"/>
        <source>Counted in the figures but told without an account, as no summary was cleared for partners and the public: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="174"/>
        <source>Report no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="175"/>
        <source>Information as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="176"/>
        <source>Next report: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="177"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="178"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="179"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports_page.py" line="95"/>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="96"/>
        <source>Situation of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="108"/>
        <source>Standard template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="109"/>
        <source>Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="113"/>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="114"/>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="118"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="123"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="124"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="128"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="131"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="132"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="133"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="144"/>
        <source>What each audience may read is decided before the report is drawn: incidents by their confidentiality, names by consent, places by the record&apos;s precision, and small counts hidden outside internal reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="189"/>
        <source>Report template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="189"/>
        <source>Templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="201"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="203"/>
        <source>One highlight per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="209"/>
        <source>Report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="210"/>
        <source>Information as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="211"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="212"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="213"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="214"/>
        <source>Next report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="249"/>
        <source>Gathering the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="263"/>
        <source>{incidents} incident(s), SHA-256 {digest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="285"/>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="307"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="307"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="319"/>
        <source>The report could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="343"/>
        <source>The report could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports_page.py" line="321"/>
        <source>Saved %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="48"/>
        <location filename="../../ui/review_dialog.py" line="87"/>
        <source>Quarterly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="57"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="83"/>
        <source>The review could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="93"/>
        <source>No situation of concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="95"/>
        <source>Deterioration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="106"/>
        <source>Risk: {factor}: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="115"/>
        <source>all incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="127"/>
        <source>Overdue: {title} (due {due}, lead {lead})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="138"/>
        <source>Blocked: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="141"/>
        <source>Incidents added: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <location filename="../../ui/incident_editor/rows.py" line="47"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/rows.py" line="109"/>
        <source>{mask} (protected)</source>
        <translation>{mask} (protected)</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <location filename="../../ui/incident_editor/rows.py" line="205"/>
        <source>Remove {row}</source>
        <translation>Remove {row}</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>Sample data — not a real store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Every record here is fictitious. What you type stays in this sample folder and can never be sent to HQ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="47"/>
        <source>Self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="61"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="65"/>
        <source>&amp;Copy results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="66"/>
        <source>Run &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="98"/>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="131"/>
        <source>{failed} of {total} checks failed. Copy the results and send them to whoever supports Upfront for your office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="141"/>
        <source>Everything works: {total} checks passed or did not apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="79"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="92"/>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="100"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>Remember me on this device</source>
        <translation>Remember me on this device</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</source>
        <translation>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="124"/>
        <source>This computer has no secure keyring, so Upfront cannot remember you here.</source>
        <translation>This computer has no secure keyring, so Upfront cannot remember you here.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="128"/>
        <source>The standard folder for this computer</source>
        <translation>The standard folder for this computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="129"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="149"/>
        <source>Applies when Upfront next starts.</source>
        <translation>Applies when Upfront next starts.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="150"/>
        <source>The whole window, at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="152"/>
        <source>Upfront locks itself after this long without keyboard or mouse input.</source>
        <translation>Upfront locks itself after this long without keyboard or mouse input.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="155"/>
        <source>Locks at once, from any Upfront window.</source>
        <translation>Locks at once, from any Upfront window.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="158"/>
        <source>Applies when Upfront next starts. Move keys.json and upfront.db there yourself, together.</source>
        <translation>Applies when Upfront next starts. Move keys.json and upfront.db there yourself, together.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>{variable} is set and takes precedence.</source>
        <translation>{variable} is set and takes precedence.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="168"/>
        <source>Not available: this computer has no secure keyring.</source>
        <translation>Not available: this computer has no secure keyring.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="176"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="178"/>
        <source>Lock when &amp;idle for:</source>
        <translation>Lock when &amp;idle for:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="179"/>
        <source>&amp;Panic key:</source>
        <translation>&amp;Panic key:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="181"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Data folder:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="219"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="228"/>
        <source>Use Ctrl, Alt or a function key, or typing would lock Upfront.</source>
        <translation>Use Ctrl, Alt or a function key, or typing would lock Upfront.</translation>
    </message>
</context>
<context>
    <name>SituationDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="271"/>
        <source>Situation of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="277"/>
        <source>regions, separated by commas (none: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="300"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="301"/>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="302"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="303"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="304"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="305"/>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="306"/>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="307"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="308"/>
        <source>Violation types (none ticked: all)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SituationsPage</name>
    <message>
        <location filename="../../ui/situations_page.py" line="79"/>
        <source>Situations of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="91"/>
        <source>Risk factors over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="100"/>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="101"/>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="102"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="103"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="104"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="105"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="106"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="118"/>
        <source>New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="120"/>
        <source>Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="122"/>
        <source>Edit action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="141"/>
        <source>Risk heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="142"/>
        <location filename="../../ui/situations_page.py" line="466"/>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="143"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="144"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="146"/>
        <source>Quarterly review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="148"/>
        <source>New situation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="150"/>
        <source>Edit situation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="180"/>
        <source>All confidentiality levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="186"/>
        <source>Confidentiality</source>
        <translation type="unfinished">Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="194"/>
        <source>Charts need Qt&apos;s chart module (PySide6-Addons), which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="237"/>
        <source>Acts per week, by violation type (weeks ago, to {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="246"/>
        <source>Acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="252"/>
        <source>Acts by region, last 26 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="254"/>
        <source>(no region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="372"/>
        <source>The situations could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="389"/>
        <source>No situation of concern yet. Add one with `upfront situation add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="411"/>
        <source>{status} · {count} incidents · owner {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="427"/>
        <source>Risk factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="434"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="451"/>
        <source>&lt;b&gt;All incidents:&lt;/b&gt; {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="456"/>
        <source>&lt;b&gt;{type}:&lt;/b&gt; {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="466"/>
        <source>Signals ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="470"/>
        <source>No strategy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="475"/>
        <source>Version {version}. Objectives: {objectives}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="485"/>
        <source>{status} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategiesPage</name>
    <message>
        <location filename="../../ui/strategies_page.py" line="65"/>
        <location filename="../../ui/strategies_page.py" line="92"/>
        <location filename="../../ui/strategies_page.py" line="110"/>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="66"/>
        <source>All pillars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="70"/>
        <location filename="../../ui/strategies_page.py" line="97"/>
        <location filename="../../ui/strategies_page.py" line="112"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="71"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="74"/>
        <source>Only overdue or blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="81"/>
        <source>No situation has a strategy yet. Add one under Situations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="87"/>
        <source>Actions of every situation&apos;s strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="90"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="91"/>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="93"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="94"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="95"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="96"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="138"/>
        <source>The actions could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="172"/>
        <source>{status} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="198"/>
        <source>{actions} in {situations}; {overdue} overdue, {blocked} blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategies_page.py" line="199"/>
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategies_page.py" line="200"/>
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
        <location filename="../../ui/passphrase.py" line="101"/>
        <source>Too short</source>
        <translation>Too short</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="102"/>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="103"/>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="104"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="105"/>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_page.py" line="260"/>
        <source>HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="261"/>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="262"/>
        <source>Waiting to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="263"/>
        <source>To fetch from HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="264"/>
        <source>Not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="266"/>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="268"/>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="270"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="275"/>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="282"/>
        <location filename="../../ui/sync_page.py" line="287"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="282"/>
        <source>Field</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="282"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="284"/>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="287"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="287"/>
        <source>HQ&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="295"/>
        <source>Conflicts to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="301"/>
        <source>Refused by HQ (quarantine): these changes are kept here and did not block the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="356"/>
        <source>The sync status could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="366"/>
        <source>Not enrolled: run `upfront enroll` with the token and fingerprint HQ gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="373"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="376"/>
        <source>{changes} change(s), {files} file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="383"/>
        <source>%n file(s), {size} left</source>
        <translation>
            <numerusform>%n file, {size} left</numerusform>
            <numerusform>%n files, {size} left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="387"/>
        <location filename="../../ui/sync_page.py" line="403"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="394"/>
        <source>%n file(s) HQ refused to send (last on {when}): not for this device&apos;s team or audience, or no longer held at HQ. Their records are here without them.</source>
        <translation>
            <numerusform>%n file HQ refused to send (last on {when}): not for this device&apos;s team or audience, or no longer held at HQ. Its record is here without it.</numerusform>
            <numerusform>%n files HQ refused to send (last on {when}): not for this device&apos;s team or audience, or no longer held at HQ. Their records are here without them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="405"/>
        <source>Sync: not set up</source>
        <translation type="unfinished">Sync: not set up</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="408"/>
        <source>Sync: {count} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="411"/>
        <source>Sync: %n file(s) to fetch</source>
        <translation>
            <numerusform>Sync: %n file to fetch</numerusform>
            <numerusform>Sync: %n files to fetch</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="413"/>
        <source>Sync: failed, will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="415"/>
        <source>Sync: up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="423"/>
        <source>HQ says this computer&apos;s clock is {hours} hours ahead. Correct it: HQ treats its time stamps as HQ&apos;s own time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="436"/>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="455"/>
        <source>in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="464"/>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="465"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="481"/>
        <source>changes sent: {sent}, received: {received}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="491"/>
        <source>fetching files from HQ: {done} of {total} done, {got} of {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="493"/>
        <source>files fetched from HQ: {done} of {total} ({got})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="528"/>
        <source>erased on HQ&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="533"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="574"/>
        <source>The merge could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="125"/>
        <source>Unlock Upfront</source>
        <translation>Unlock Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="139"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="140"/>
        <location filename="../../ui/unlock.py" line="346"/>
        <location filename="../../ui/unlock.py" line="350"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="163"/>
        <source>Too many wrong attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="174"/>
        <source>&amp;Remember me on this device</source>
        <translation>&amp;Remember me on this device</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="180"/>
        <source>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</source>
        <translation>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="189"/>
        <source>This computer has no secure keyring (such as Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet), so Upfront cannot remember you here. Enter your passphrase each time.</source>
        <translation>This computer has no secure keyring (such as Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet), so Upfront cannot remember you here. Enter your passphrase each time.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="195"/>
        <source>Not available: this computer has no secure keyring.</source>
        <translation>Not available: this computer has no secure keyring.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="200"/>
        <location filename="../../ui/unlock.py" line="292"/>
        <source>U&amp;ser:</source>
        <translation>U&amp;ser:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="202"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="207"/>
        <source>Upfront is locked</source>
        <translation>Upfront is locked</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="211"/>
        <source>The records on this computer are encrypted. Enter your passphrase to open them.</source>
        <translation>The records on this computer are encrypted. Enter your passphrase to open them.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="237"/>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="240"/>
        <source>Unlock with the recovery key</source>
        <translation>Unlock with the recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="244"/>
        <source>Type the recovery key that was printed or written down when Upfront was set up on this computer. Dashes and spaces are optional, and lower-case letters are fine.</source>
        <translation>Type the recovery key that was printed or written down when Upfront was set up on this computer. Dashes and spaces are optional, and lower-case letters are fine.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="259"/>
        <source>Upfront cannot open the records</source>
        <translation>Upfront cannot open the records</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="265"/>
        <source>If you have a backup copy of the key file (keys.json), put it back in this folder and choose Try again:
{folder}</source>
        <translation>If you have a backup copy of the key file (keys.json), put it back in this folder and choose Try again:
{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="296"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="296"/>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished">&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="300"/>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="304"/>
        <source>The recovery key was accepted. Choose whose passphrase to replace, or type a new name, and set the passphrase to use from now on. The recovery key stays valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="345"/>
        <source>Use recovery key</source>
        <translation>Use recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="349"/>
        <source>Use passphrase</source>
        <translation>Use passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="353"/>
        <source>Set passphrase and &amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="356"/>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="372"/>
        <source>No user has a passphrase for this store. Use the recovery key.</source>
        <translation>No user has a passphrase for this store. Use the recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="395"/>
        <source>Opening with the key remembered on this device…</source>
        <translation>Opening with the key remembered on this device…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="419"/>
        <source>Setting the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="431"/>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="523"/>
        <source>The recovery key is not correct. Nothing was changed.</source>
        <translation>The recovery key is not correct. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="528"/>
        <source>Wrong passphrase for “{user}”. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Wrong passphrase for “{user}”. Check the keyboard layout and Caps Lock, then try again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="574"/>
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
        <location filename="../../ui/incident_editor/fields.py" line="49"/>
        <source>Violation {number} (missing)</source>
        <translation>Violation {number} (missing)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/fields.py" line="59"/>
        <source>{number}: {label}</source>
        <translation>{number}: {label}</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Emergency wipe</source>
        <translation>Emergency wipe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
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
        <location filename="../../ui/main_window.py" line="188"/>
        <source>To confirm, type {word}:</source>
        <translation>To confirm, type {word}:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;Wipe everything</source>
        <translation>&amp;Wipe everything</translation>
    </message>
</context>
<context>
    <name>_CheckPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="421"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="424"/>
        <source>Every row is checked; nothing is imported yet. A row with an error is never imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="429"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="431"/>
        <location filename="../../ui/exchange_dialogs.py" line="437"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="431"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="431"/>
        <source>Field</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="431"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="433"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="435"/>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="437"/>
        <source>Likely duplicate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="437"/>
        <source>Title similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="439"/>
        <source>Import likely duplicates too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="441"/>
        <source>Save the errors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="443"/>
        <source>A CSV file of the errors: row, column, field and problem, no cell&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="446"/>
        <source>Save the mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="449"/>
        <source>The columns and the codes chosen for values, in a mapping file for the next import of such a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="491"/>
        <source>Checking %n row(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="519"/>
        <source>{rows} rows: {valid} valid, {errors} with errors, %n likely duplicate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="531"/>
        <source>%n value(s) of the file match no code: Next lists them, to choose the code each stands for.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="545"/>
        <source>The rows could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="573"/>
        <source>Save the errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="573"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="587"/>
        <source>The errors were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="589"/>
        <source>Errors saved in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="595"/>
        <source>Save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="595"/>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="607"/>
        <source>The mapping was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="609"/>
        <source>Mapping saved in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="615"/>
        <source>incident {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="617"/>
        <source>row {ref}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ChoosePage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="144"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="147"/>
        <source>A spreadsheet (.csv in UTF-8, or .xlsx) or a JSON export of incidents. Nothing is imported before the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="154"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="157"/>
        <source>Columns named like Upfront&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="158"/>
        <source>KoboToolbox starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="159"/>
        <source>Other mapping file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="164"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="165"/>
        <source>UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="166"/>
        <source>Western European, Windows (cp1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="167"/>
        <source>Arabic, Windows (cp1256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="168"/>
        <source>Cyrillic, Windows (cp1251)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="169"/>
        <source>Chinese (GB 18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="174"/>
        <source>Found on the header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="175"/>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="176"/>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="177"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="189"/>
        <source>File</source>
        <translation type="unfinished">File</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="190"/>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="191"/>
        <source>Encoding (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="192"/>
        <source>Separator (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="218"/>
        <source>Import incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="219"/>
        <source>Incident files (*.csv *.xlsx *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="228"/>
        <source>Mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="228"/>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="269"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="296"/>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ImportPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="720"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="723"/>
        <source>The rows are written in one go, and only when you click Import; until then nothing is in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="746"/>
        <source>%n row(s) will be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="748"/>
        <source>%n likely duplicate(s) left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="750"/>
        <source>%n row(s) with errors left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="752"/>
        <source>No row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="756"/>
        <source>Every valid row is a likely duplicate; tick &quot;Import likely duplicates too&quot; on the previous page to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="764"/>
        <source>Import %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="779"/>
        <source>Importing %n row(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="801"/>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="802"/>
        <source>Imported %n incident(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="808"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="308"/>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="311"/>
        <source>Which field each column of the file fills; choose another in the list to change it. Columns that are not mapped are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="319"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="319"/>
        <source>Upfront field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="320"/>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="338"/>
        <source>This JSON file holds %n incident record(s). They are read as they are: a mapping does not apply.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="349"/>
        <source>Mapping: {mapping}. %n column(s) of the file are read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="357"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="364"/>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="370"/>
        <source>Field of column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="383"/>
        <source>not mapped, ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ResolvePage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="631"/>
        <source>Values that match no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="634"/>
        <source>These values of the file are not in Upfront&apos;s lists. Choose what each one stands for, and the rows are checked again; a value left as it is keeps its rows out of the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="640"/>
        <source>Field</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="640"/>
        <source>Value in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="640"/>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="640"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="658"/>
        <source>(leave as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="665"/>
        <source>Code for {value} ({field})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="695"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="695"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="85"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>describe_error</name>
    <message>
        <location filename="../../ui/failures.py" line="41"/>
        <source>The passphrase is not correct. Nothing was changed.</source>
        <translation>The passphrase is not correct. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="45"/>
        <source>The key file of this store cannot be read, so the records cannot be opened. Nothing was changed.</source>
        <translation>The key file of this store cannot be read, so the records cannot be opened. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="51"/>
        <source>The database does not match this store&apos;s key file: it may be damaged or belong to another installation. Nothing was changed.</source>
        <translation>The database does not match this store&apos;s key file: it may be damaged or belong to another installation. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="57"/>
        <source>These records were saved by a newer version of Upfront. Install that version or a newer one to open them. Nothing was changed.</source>
        <translation>These records were saved by a newer version of Upfront. Install that version or a newer one to open them. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="63"/>
        <source>There is no Upfront store in this folder.</source>
        <translation>There is no Upfront store in this folder.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="67"/>
        <source>A store already exists in this folder. Start Upfront again to unlock it.</source>
        <translation>A store already exists in this folder. Start Upfront again to unlock it.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="72"/>
        <source>The store stays locked.</source>
        <translation>The store stays locked.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="76"/>
        <source>Upfront could not read or write a file.</source>
        <translation>Upfront could not read or write a file.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="84"/>
        <source>Something unexpected went wrong. Please tell your IT focal point what you were doing.</source>
        <translation>Something unexpected went wrong. Please tell your IT focal point what you were doing.</translation>
    </message>
</context>
<context>
    <name>name_problem</name>
    <message>
        <location filename="../../ui/passphrase.py" line="57"/>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="60"/>
        <source>Use at most {maximum} printable characters.</source>
        <translation>Use at most {maximum} printable characters.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="66"/>
        <source>“recovery” is reserved for the recovery key.</source>
        <translation>“recovery” is reserved for the recovery key.</translation>
    </message>
</context>
</TS>
