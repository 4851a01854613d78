<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AcknowledgementDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="514"/>
        <source>Acknowledgement of the guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="517"/>
        <source>Acknowledged by (the RC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="518"/>
        <source>Acknowledged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="519"/>
        <source>Recorded on the RC&apos;s behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="520"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="524"/>
        <source>Version {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="533"/>
        <source>the Resident Coordinator&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="541"/>
        <source>Leave ticked when you record it for the RC; untick only on the RC office&apos;s own device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="549"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="324"/>
        <source>Strategy action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="337"/>
        <source>— none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="342"/>
        <location filename="../../ui/situation_dialogs.py" line="359"/>
        <source>Partner UN entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="346"/>
        <location filename="../../ui/situation_dialogs.py" line="360"/>
        <source>Risk factors addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="351"/>
        <location filename="../../ui/situation_dialogs.py" line="361"/>
        <source>Incidents addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="354"/>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="355"/>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="356"/>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="357"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="358"/>
        <source>Lead UN entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="362"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="332"/>
        <location filename="../../ui/situation_dialogs.py" line="363"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="364"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="365"/>
        <source>Indicators (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/gui.py" line="188"/>
        <source>Erased on HQ&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="190"/>
        <source>HQ revoked this device and ordered it erased. Everything Upfront held on this computer was wiped, as the emergency wipe does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="205"/>
        <source>Emergency wipe</source>
        <translation>Emergency wipe</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="206"/>
        <source>The emergency wipe did not finish. Try again, or delete the data folder.</source>
        <translation>The emergency wipe did not finish. Try again, or delete the data folder.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../ui/review_page.py" line="83"/>
        <source>Approve “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="91"/>
        <source>(not assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="95"/>
        <source>Optional: what the review found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="100"/>
        <source>&amp;Verification standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="101"/>
        <source>&amp;Credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="102"/>
        <source>C&amp;omment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="107"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="114"/>
        <source>Approving makes the record reviewed, with you as its reviewer and today as the date of verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="128"/>
        <source>Verification standard: choose one in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="134"/>
        <source>Comment: at most {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="123"/>
        <source>New risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Risk factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="150"/>
        <source>— not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="127"/>
        <location filename="../../ui/situation_dialogs.py" line="206"/>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="57"/>
        <source>Indicators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="133"/>
        <source>Risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="153"/>
        <source>Level: {factor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="157"/>
        <source>— from the last assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="160"/>
        <source>Trend: {factor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="166"/>
        <source>Rationale: {factor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="177"/>
        <source>Evidence for the risk factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="186"/>
        <source>Evidence: incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="197"/>
        <source>Evidence: humanitarian series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="207"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="209"/>
        <source>Evidence for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="210"/>
        <source>Incidents</source>
        <translation type="unfinished">Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="211"/>
        <source>Humanitarian series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="232"/>
        <source>{measure} in {place} ({dataset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/situation_dialogs.py" line="277"/>
        <source>{factor} (%n incident(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/review_page.py" line="198"/>
        <source>Assign to a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="202"/>
        <source>(no one: any reviewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="210"/>
        <source>&amp;Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="213"/>
        <source>A reviewer on another laptop of the team: type their user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceCombo</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="396"/>
        <source>Internal: the country team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="397"/>
        <source>United Nations system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="398"/>
        <source>Trusted partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="399"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <location filename="../../ui/briefing_panel.py" line="81"/>
        <location filename="../../ui/briefing_panel.py" line="120"/>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="82"/>
        <location filename="../../ui/briefing_panel.py" line="121"/>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="84"/>
        <location filename="../../ui/briefing_panel.py" line="170"/>
        <source>Briefing template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="86"/>
        <source>Security Council horizon scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="87"/>
        <source>Deputy Secretary-General briefing Member States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="88"/>
        <source>Article 99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="92"/>
        <source>A template of my own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="96"/>
        <location filename="../../ui/briefing_panel.py" line="123"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="98"/>
        <location filename="../../ui/briefing_panel.py" line="124"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="103"/>
        <source>Standard of proof</source>
        <translation type="unfinished">Standard of proof</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="109"/>
        <source>Situations of concern in the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="110"/>
        <source>Countries of the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="112"/>
        <source>What the UN asks of Member States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="114"/>
        <source>In your words: what the UN asks of Member States, printed as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="122"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="125"/>
        <source>Figures at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="126"/>
        <source>Situations</source>
        <translation type="unfinished">Situations</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="127"/>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="128"/>
        <source>Asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="129"/>
        <source>Save briefing as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="136"/>
        <source>None ticked: every situation of the countries ticked, or of every country, whose dates meet the period. What the audience may read is decided before the briefing is drawn, by the rules of reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="170"/>
        <source>Templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="199"/>
        <source>Save briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="199"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="216"/>
        <source>Gathering the briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="229"/>
        <source>{situations} situation(s), SHA-256 {digest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="245"/>
        <source>Saving the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="249"/>
        <source>The briefing could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/briefing_panel.py" line="253"/>
        <source>Saved %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="267"/>
        <source>The briefing could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="104"/>
        <source>Change selected incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_dialog.py" line="107"/>
        <source>Change the %n selected incident(s) at once.</source>
        <translation>
            <numerusform>Change the %n selected incident at once.</numerusform>
            <numerusform>Change the %n selected incidents at once.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="111"/>
        <source>What to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="112"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="113"/>
        <source>Confidentiality</source>
        <translation type="unfinished">Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="114"/>
        <source>Verification</source>
        <translation type="unfinished">Verification</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="116"/>
        <source>Add to a situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="118"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="124"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="125"/>
        <location filename="../../ui/bulk_dialog.py" line="133"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="134"/>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="162"/>
        <source>Counting what the change does…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="183"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="186"/>
        <source>Changing the incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_dialog.py" line="199"/>
        <source>Changed %n incident(s); {unchanged} already had that value.</source>
        <translation>
            <numerusform>Changed %n incident; {unchanged} already had that value.</numerusform>
            <numerusform>Changed %n incidents; {unchanged} already had that value.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="211"/>
        <source>Nothing was changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitedIncidents</name>
    <message>
        <location filename="../../ui/incident_picker.py" line="228"/>
        <source>Add incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="229"/>
        <source>Add incidents: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="231"/>
        <source>Remove</source>
        <translation type="unfinished">Remove</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="232"/>
        <source>Remove from {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="263"/>
        <source>The incidents could not be named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="273"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="276"/>
        <source>(not on this device) {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmWideningDialog</name>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="39"/>
        <source>Let more people read these records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="41"/>
        <source>the country team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="42"/>
        <source>the United Nations system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="43"/>
        <source>trusted partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="44"/>
        <source>the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="49"/>
        <source>This change applies to {selected} selected incident(s). It lets {audience} read {count} of them, which they cannot read now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="59"/>
        <source>{count} of them have no summary cleared for partners and the public: their narrative is never released; outside the UN they are counted, without an account, until a second user clears a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="67"/>
        <source>What the change does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="70"/>
        <source>Let {audience} read them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinationPanel</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="112"/>
        <source>Task force…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="113"/>
        <source>Edit the task force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="117"/>
        <source>Versions of the consolidated guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="119"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="120"/>
        <source>Title</source>
        <translation type="unfinished">Title</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="121"/>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="122"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="123"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="124"/>
        <source>Acknowledged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="125"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="133"/>
        <source>Text of the guidance version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="134"/>
        <source>Issue new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="136"/>
        <source>Record acknowledgement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="142"/>
        <source>&lt;b&gt;Inter-agency task force&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="146"/>
        <source>&lt;b&gt;Consolidated guidance to the RC/HC&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="191"/>
        <source>The task force and guidance could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="212"/>
        <source>Yes, on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="214"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="237"/>
        <source>{user}, on behalf of {rc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="242"/>
        <source>{user}, on the RC office&apos;s own device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="247"/>
        <source>No task force yet. Set one up with Task force….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="252"/>
        <source>{name} (since {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="255"/>
        <source>Members: {members}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="259"/>
        <source>, appointed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="265"/>
        <source>Situation Response Coordinator: {name} ({entity}){appointed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="272"/>
        <source>No Situation Response Coordinator appointed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="294"/>
        <source>Acknowledged by {rc} on {date}; recorded by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="300"/>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets.py" line="330"/>
        <source>YYYY-MM-DD (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="330"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="337"/>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="338"/>
        <source>{field}: pick in a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="342"/>
        <source>{field}: calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="411"/>
        <source>{field}: a date is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="417"/>
        <source>{field}: “{text}” is not a date. Write it as YYYY-MM-DD, or pick it in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="425"/>
        <source>{field}: {date} is after {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="100"/>
        <location filename="../../ui/review_dialog.py" line="119"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="108"/>
        <location filename="../../ui/review_dialog.py" line="120"/>
        <source>UN entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="110"/>
        <location filename="../../ui/review_dialog.py" line="122"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="111"/>
        <source>Make it a strategy action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="112"/>
        <location filename="../../ui/review_dialog.py" line="124"/>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="113"/>
        <location filename="../../ui/review_dialog.py" line="125"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="114"/>
        <location filename="../../ui/review_dialog.py" line="126"/>
        <source>Lead UN entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="118"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="121"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="167"/>
        <source>Situation: choose the situation the decision is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="170"/>
        <source>Decision: say what was decided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionStatusDialog</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="187"/>
        <source>Decision status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="199"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="200"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="201"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="211"/>
        <source>Why: done, blocked or dropped needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Reopen drafts</source>
        <translation>&amp;Reopen drafts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Not now</source>
        <translation>&amp;Not now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Upfront kept %n unsaved draft(s) from an earlier session (for example after a crash or a lock). Reopen them to continue where you stopped.</source>
        <translation>
            <numerusform>Upfront kept %n unsaved draft from an earlier session (for example after a crash or a lock). Reopen it to continue where you stopped.</numerusform>
            <numerusform>Upfront kept %n unsaved drafts from an earlier session (for example after a crash or a lock). Reopen them to continue where you stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../ui/engagement_panel.py" line="238"/>
        <location filename="../../ui/engagement_panel.py" line="268"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="238"/>
        <source>New engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="242"/>
        <location filename="../../ui/engagement_panel.py" line="259"/>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="247"/>
        <source>who from the UN engaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="249"/>
        <source>the authority, mission or body met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="254"/>
        <location filename="../../ui/engagement_panel.py" line="266"/>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="260"/>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="261"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="262"/>
        <source>UN by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="263"/>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="264"/>
        <source>What was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="265"/>
        <source>What was answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="267"/>
        <source>Confidentiality</source>
        <translation type="unfinished">Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="310"/>
        <source>{field}: is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="329"/>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementPanel</name>
    <message>
        <location filename="../../ui/engagement_panel.py" line="66"/>
        <source>Engagement log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="68"/>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="69"/>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="70"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="71"/>
        <source>UN by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="72"/>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="73"/>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="74"/>
        <source>Confidentiality</source>
        <translation type="unfinished">Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="88"/>
        <source>Add engagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="90"/>
        <source>Edit engagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="135"/>
        <source>The engagement log could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="146"/>
        <source>No engagement recorded yet. Add one with Add engagement….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="155"/>
        <source>{date} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="193"/>
        <source>Asked: {asked}
Answered: {answered}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="89"/>
        <source>Enrol with HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="115"/>
        <source>The address HQ gave you, beginning with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="116"/>
        <source>Used once: HQ gives each device its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="118"/>
        <source>64 letters and digits (0–9, A–F), as HQ gave them: spaces or colons are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="120"/>
        <source>How HQ will call this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="126"/>
        <source>HQ &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="129"/>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="133"/>
        <source>CA &amp;fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="137"/>
        <source>Device &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="142"/>
        <location filename="../../ui/enrol_dialog.py" line="433"/>
        <source>Fingerprint of HQ&apos;s CA at this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="150"/>
        <source>Fingerprint of HQ&apos;s CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="152"/>
        <source>&amp;Show HQ&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="163"/>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="170"/>
        <source>Enrol this device with HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="174"/>
        <source>Once enrolled, this device sends its records to HQ and receives those of its team. Type what HQ gave you exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="197"/>
        <source>HQ address: is empty. Type the address HQ gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="202"/>
        <source>HQ address: the port after the colon is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="205"/>
        <location filename="../../ui/enrol_dialog.py" line="393"/>
        <source>HQ address: must begin with https:// followed by HQ&apos;s name, as HQ gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="215"/>
        <location filename="../../ui/enrol_dialog.py" line="395"/>
        <source>Token: is empty. Type the token HQ gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="219"/>
        <source>CA fingerprint: is empty. Type the fingerprint HQ gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="224"/>
        <source>CA fingerprint: must have 64 letters and digits (0–9, A–F); {count} typed. Check it against what HQ gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="230"/>
        <source>Device name: is empty. Type a name HQ will know it by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="264"/>
        <source>Asking HQ for its fingerprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="284"/>
        <source>Not enrolled: correct the fields marked above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="288"/>
        <source>Enrolling with HQ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="307"/>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="313"/>
        <source>Enrolled. HQ registered this device for an analyst ({entity}), for: {scope}. It reads records meant for: {audience}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="318"/>
        <source>Enrolled. HQ registered this device for team {team} ({entity}). It reads records meant for: {audience}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="340"/>
        <source>Not enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="346"/>
        <source>This is a sample store of fictitious records: it cannot enrol with HQ, and nothing was sent. Open your real store to enrol this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="358"/>
        <location filename="../../ui/enrol_dialog.py" line="361"/>
        <source>Not enrolled: nothing was stored on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="367"/>
        <source>CA fingerprint: HQ&apos;s CA at this address has another fingerprint, shown below. Read it to HQ by phone. If HQ does not confirm it, do not enrol: the network may not be reaching the real HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="372"/>
        <source>Token: HQ does not know this token. Check it for typing mistakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="374"/>
        <source>Token: HQ says it was already used. Ask HQ for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="375"/>
        <source>Token: HQ says it has expired. Ask HQ for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="377"/>
        <source>HQ address: HQ could not be reached there. Check the address and that this computer is online, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="381"/>
        <source>HQ address: no secure connection could be made with HQ there. Check the address with HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="385"/>
        <source>HQ address: the address answers, but not as Upfront HQ. Check it with HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="397"/>
        <source>CA fingerprint: must have 64 letters and digits (0–9, A–F). Check it against what HQ gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="403"/>
        <source>HQ refused to enrol this device. Tell HQ what you typed and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="417"/>
        <source>Press Show HQ&apos;s fingerprint to see the fingerprint of the CA at this address, and read it to HQ by phone before you enrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="425"/>
        <source>Fingerprint of HQ&apos;s CA, now trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="428"/>
        <source>This device now trusts only the HQ with this CA. HQ can confirm it by phone, group by group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="443"/>
        <source>Read these groups to HQ by phone. Enrol only if HQ confirms every one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="448"/>
        <source>It is the fingerprint you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="451"/>
        <source>It is NOT the fingerprint you typed: do not enrol before HQ confirms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1090"/>
        <source>What the export leaves out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1278"/>
        <source>What the export leaves out could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1288"/>
        <source>Of the {total} incident(s) recorded for this period and scope, {included} go into this export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1296"/>
        <source>No incident of this period and scope is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1299"/>
        <source>Left out as drafts, not yet submitted for review: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1301"/>
        <source>Left out as more confidential than this audience: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1304"/>
        <source>Left out as found false or rejected: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1078"/>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1079"/>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1053"/>
        <location filename="../../ui/exchange_dialogs.py" line="1218"/>
        <source>Export incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1056"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1057"/>
        <source>Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1058"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1059"/>
        <source>HXL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1064"/>
        <source>One row per incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1065"/>
        <source>One row per act of violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1066"/>
        <source>Counts per week, region and violation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1075"/>
        <source>Limit to dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1083"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1084"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1085"/>
        <source>(any country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1103"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1121"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1125"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1126"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1127"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1129"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1130"/>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="1135"/>
        <source>Only the %n incident(s) selected in the list.</source>
        <translation>
            <numerusform>Only the %n incident selected in the list.</numerusform>
            <numerusform>Only the %n incidents selected in the list.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1168"/>
        <source>Leaves nothing out: every record, drafts included, with every name and place. For the country team only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1172"/>
        <source>Leaves out records marked internal, drafts and records found false; the names of protected people, of people whose consent does not reach the UN, of sources, perpetrators and staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1177"/>
        <source>Counts only, never a row per record: acts of violation per week, region and type, from records cleared for partners (no drafts, no records found false); counts under the report threshold are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1183"/>
        <source>Counts only, never a row per record: acts of violation per week, region and type, from records marked public (no drafts, no records found false); counts under the report threshold are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1210"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1211"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1212"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1213"/>
        <source>HXL (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1236"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="1331"/>
        <source>Exported %n incident(s) (SHA-256 {digest}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1341"/>
        <source>The export could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1239"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1326"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="91"/>
        <source>Set up Upfront</source>
        <translation>Set up Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="105"/>
        <source>The name colleagues know you by</source>
        <translation>The name colleagues know you by</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="122"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="124"/>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="127"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="127"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="130"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="131"/>
        <source>Create store</source>
        <translation>Create store</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="135"/>
        <source>Use an &amp;existing data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="139"/>
        <source>Open records that are already kept in a folder on this computer or a shared drive, instead of creating new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="145"/>
        <source>&amp;Look around with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="149"/>
        <source>Open a separate store of fictitious incidents, situations and a strategy, to see every page at work. It is kept apart from your own records and can never be sent to HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="166"/>
        <source>Set up Upfront on this computer</source>
        <translation>Set up Upfront on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="168"/>
        <source>Your records are kept on this computer, encrypted. Choose the name that will appear in the history of your records, and a passphrase: you will enter it each time you open Upfront.</source>
        <translation>Your records are kept on this computer, encrypted. Choose the name that will appear in the history of your records, and a passphrase: you will enter it each time you open Upfront.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="204"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="210"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="214"/>
        <source>Printing arrives with the reports work. Until then, copy the key into a safe place or write it down.</source>
        <translation>Printing arrives with the reports work. Until then, copy the key into a safe place or write it down.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="218"/>
        <source>I have &amp;stored the recovery key safely</source>
        <translation>I have &amp;stored the recovery key safely</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="219"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="235"/>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="237"/>
        <source>If you forget your passphrase, this key is the only way to open your records. It is shown only this once. Print it or write it down, and keep it somewhere safe away from this computer: anyone who has both can read the records.</source>
        <translation>If you forget your passphrase, this key is the only way to open your records. It is shown only this once. Print it or write it down, and keep it somewhere safe away from this computer: anyone who has both can read the records.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="303"/>
        <source>Creating the encrypted store…</source>
        <translation>Creating the encrypted store…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="339"/>
        <source>Choose the existing data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="351"/>
        <source>Looking for a store in that folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="364"/>
        <source>There is no Upfront store in this folder. Choose the folder that holds keys.json:
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="390"/>
        <source>Making the sample store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="418"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="419"/>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="420"/>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="427"/>
        <source>Upfront recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="436"/>
        <source>This key opens the encrypted Upfront records on one computer if the passphrase is forgotten. Keep this sheet locked away, separate from the computer. Do not photograph it or send it by e-mail or messenger.</source>
        <translation>This key opens the encrypted Upfront records on one computer if the passphrase is forgotten. Keep this sheet locked away, separate from the computer. Do not photograph it or send it by e-mail or messenger.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="455"/>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
</context>
<context>
    <name>GuidanceDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="448"/>
        <source>Consolidated guidance, version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="451"/>
        <source>Title</source>
        <translation type="unfinished">Title</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="452"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="453"/>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="454"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="455"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="459"/>
        <source>A new version, begun from the latest: change what changed. Earlier versions stay as they were issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="463"/>
        <source>The first version of the guidance to the RC/HC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="472"/>
        <source>the office or official issuing it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="16"/>
        <source>Record created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="17"/>
        <source>Record deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="18"/>
        <source>Title</source>
        <translation type="unfinished">Title</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="19"/>
        <source>Date (from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="20"/>
        <source>Date (to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="21"/>
        <source>Date precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="22"/>
        <source>Date reported</source>
        <translation type="unfinished">Date reported</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="23"/>
        <source>Narrative</source>
        <translation type="unfinished">Narrative</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="24"/>
        <source>Confidentiality</source>
        <translation type="unfinished">Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="25"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="26"/>
        <source>Summary for partners and the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="27"/>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="28"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="29"/>
        <source>Region ISO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="30"/>
        <source>Region P-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="31"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="32"/>
        <source>District P-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="33"/>
        <source>Place</source>
        <translation type="unfinished">Place</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="34"/>
        <source>Latitude</source>
        <translation type="unfinished">Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="35"/>
        <source>Longitude</source>
        <translation type="unfinished">Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="36"/>
        <source>Location precision</source>
        <translation type="unfinished">Location precision</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="37"/>
        <source>Sensitive location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="38"/>
        <source>Place not in the gazetteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="39"/>
        <source>Verification</source>
        <translation type="unfinished">Verification</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="40"/>
        <source>Reviewer</source>
        <translation type="unfinished">Reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="41"/>
        <source>Verification date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="42"/>
        <source>Credibility</source>
        <translation type="unfinished">Credibility</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="43"/>
        <source>Violations</source>
        <translation type="unfinished">Violations</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="44"/>
        <source>Victims</source>
        <translation type="unfinished">Victims</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="45"/>
        <source>Perpetrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="46"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="48"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="49"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="50"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="51"/>
        <source>(cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="52"/>
        <source>Received from HQ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.py" line="147"/>
        <source>Reading what needs you today…</source>
        <translation>Reading what needs you today…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="149"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="150"/>
        <source>Read the counts again</source>
        <translation>Read the counts again</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="159"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="171"/>
        <source>What needs you today</source>
        <translation>What needs you today</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="180"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="187"/>
        <source>Show my drafts</source>
        <translation>Show my drafts</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="188"/>
        <source>Show all drafts</source>
        <translation>Show all drafts</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="189"/>
        <source>Show the records waiting for my review</source>
        <translation>Show the records waiting for my review</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="190"/>
        <source>Show my records that came back from review</source>
        <translation>Show my records that came back from review</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="191"/>
        <source>Show the strategies board (overdue actions)</source>
        <translation>Show the strategies board (overdue actions)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="192"/>
        <source>Show the strategies board (blocked actions)</source>
        <translation>Show the strategies board (blocked actions)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="193"/>
        <source>Show the situations of concern (late decisions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="194"/>
        <source>Show the situations of concern</source>
        <translation>Show the situations of concern</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="195"/>
        <source>Show the sync conflicts to merge</source>
        <translation>Show the sync conflicts to merge</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="196"/>
        <source>Show the Sync page</source>
        <translation>Show the Sync page</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="241"/>
        <source>Hello, {user}. Today is {date}.</source>
        <translation>Hello, {user}. Today is {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="264"/>
        <source>Here is what needs you today.</source>
        <translation>Here is what needs you today.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="266"/>
        <source>Nothing needs you today.</source>
        <translation>Nothing needs you today.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="274"/>
        <source>New deterioration signals, raised in the last {days} days</source>
        <translation>New deterioration signals, raised in the last {days} days</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="276"/>
        <source>No new deterioration signal in the last {days} days</source>
        <translation>No new deterioration signal in the last {days} days</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="279"/>
        <source>{count} flagged in all</source>
        <translation>{count} flagged in all</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="283"/>
        <source>My drafts to finish</source>
        <translation>My drafts to finish</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="283"/>
        <source>No drafts to finish</source>
        <translation>No drafts to finish</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="287"/>
        <source>Drafts on this device, everyone&apos;s</source>
        <translation>Drafts on this device, everyone&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="289"/>
        <source>No drafts on this device</source>
        <translation>No drafts on this device</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="293"/>
        <source>Records waiting for my review</source>
        <translation>Records waiting for my review</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="295"/>
        <source>No records waiting for my review</source>
        <translation>No records waiting for my review</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="299"/>
        <source>Records I submitted that came back with a reviewer&apos;s comment</source>
        <translation>Records I submitted that came back with a reviewer&apos;s comment</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="301"/>
        <source>None of my submitted records came back</source>
        <translation>None of my submitted records came back</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="305"/>
        <source>Strategy actions past their due date</source>
        <translation>Strategy actions past their due date</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="307"/>
        <source>No strategy action is overdue</source>
        <translation>No strategy action is overdue</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="311"/>
        <source>Strategy actions blocked</source>
        <translation>Strategy actions blocked</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="313"/>
        <source>No strategy action is blocked</source>
        <translation>No strategy action is blocked</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="317"/>
        <source>Decisions of the quarterly review past their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="319"/>
        <source>No decision of the quarterly review is late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="324"/>
        <source>Sync conflicts to merge</source>
        <translation>Sync conflicts to merge</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="326"/>
        <source>No sync conflicts to merge</source>
        <translation>No sync conflicts to merge</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="333"/>
        <source>Not set up to sync with HQ</source>
        <translation>Not set up to sync with HQ</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="335"/>
        <source>Changes waiting to go to HQ</source>
        <translation>Changes waiting to go to HQ</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="337"/>
        <source>Nothing waiting to go to HQ</source>
        <translation>Nothing waiting to go to HQ</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="342"/>
        <source>last synced {when}</source>
        <translation>last synced {when}</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="344"/>
        <source>never synced yet</source>
        <translation>never synced yet</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="347"/>
        <source>last problem: {problem}</source>
        <translation>last problem: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="355"/>
        <source>The counts could not be read.</source>
        <translation>The counts could not be read.</translation>
    </message>
</context>
<context>
    <name>HorizonPage</name>
    <message>
        <location filename="../../ui/horizon_page.py" line="95"/>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="96"/>
        <source>The scan&apos;s last day: its last four weeks end here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="97"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="104"/>
        <source>Standard of proof</source>
        <translation type="unfinished">Standard of proof</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="110"/>
        <source>Standard of &amp;proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="112"/>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="114"/>
        <source>Test every region and country the records name for a recent rise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="121"/>
        <source>Scan in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="137"/>
        <source>Press Scan to test every region and country the records name for a recent rise, including places no situation of concern covers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="149"/>
        <source>How is this ranked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="162"/>
        <source>Places flagged by the scan, ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="165"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="166"/>
        <source>Place</source>
        <translation type="unfinished">Place</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="167"/>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="168"/>
        <location filename="../../ui/horizon_page.py" line="490"/>
        <source>New</source>
        <translation type="unfinished">New</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="169"/>
        <source>Strongest signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="170"/>
        <source>Per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="171"/>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="172"/>
        <source>Adjusted p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="173"/>
        <source>At standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="174"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="178"/>
        <source>Not flagged by the previous scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="180"/>
        <source>Acts a week in the last four weeks / a week in the 26 weeks before them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="182"/>
        <source>How many times the weekly rate before: the rate ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="184"/>
        <source>The chance of a rise this large by chance alone, corrected for the many places and types tested at once (Benjamini-Hochberg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="188"/>
        <source>Acts at or above the standard of proof in the last four weeks, and whether the rise is seen in them alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="191"/>
        <source>The situations of concern that take in the place&apos;s acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="216"/>
        <source>The place chosen: signals, risk and figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="218"/>
        <source>P&amp;ropose a situation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="220"/>
        <source>A new situation of concern with this place, period and violation types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="223"/>
        <source>&amp;Open situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="224"/>
        <source>Show the situation that covers this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="268"/>
        <source>The test: for every admin 1 region and every country, each violation type and all types together, the acts of the last {recent} weeks are compared with the {baseline} weeks before. A place is flagged when its rise is too large to be chance once corrected for the many places and types tested at once (Benjamini-Hochberg, false discovery rate {q}), with a rate at least {ratio} times the one before and at least {least} recent acts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="283"/>
        <source>The rank: first the places whose rise is seen in the acts at or above the chosen standard of proof alone (at least {least} such acts in the last {recent} weeks, at least {ratio} times the rate before), then the others. Within each, by adjusted p (smallest first), then by ratio (largest first), then by acts at or above the standard in the last {recent} weeks (most first). A place&apos;s strongest signal is the one that ranks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="298"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="307"/>
        <location filename="../../ui/horizon_page.py" line="329"/>
        <source>the device&apos;s own records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="312"/>
        <source>HQ&apos;s weekly counts over all of the scope&apos;s records ({countries}, as of {day}; small weeks suppressed, counted so that they can only make a rise harder to flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="320"/>
        <source>and the device&apos;s own records elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="327"/>
        <source>HQ&apos;s weekly counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="334"/>
        <source>{place} (country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="335"/>
        <source>{place} (region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="339"/>
        <source>from none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="341"/>
        <source>at least {ratio}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="342"/>
        <source>{ratio}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="346"/>
        <source>&lt; {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="359"/>
        <source>Partly: {situations}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="361"/>
        <source>No situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="389"/>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="417"/>
        <source>The scan could not be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="427"/>
        <source>The records have changed since this scan: scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="433"/>
        <source>%n region(s)</source>
        <translation type="unfinished">
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="434"/>
        <source>%n country(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="435"/>
        <source>%n series</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="436"/>
        <source>%n place(s) flagged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="440"/>
        <source>Scan as of {date}, on {data}: {regions} and {countries} tested, {series} in all; {flagged}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="452"/>
        <source>The last {recent} weeks ({recent_from} to {recent_to}) against the {baseline} weeks before; acts counted apart at {standard} or above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="462"/>
        <source>Previous scan: as of {date}. New: not flagged by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="466"/>
        <source>No previous scan: every place flagged is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="472"/>
        <source>Nothing flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="494"/>
        <source>{recent} / {before}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="507"/>
        <source>{count}, rise seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="509"/>
        <source>{count}, no rise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="535"/>
        <source>Rank {rank}: {place}, {country}; {situation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="580"/>
        <source>{rank}. {place}, {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="594"/>
        <source>Signals flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="600"/>
        <source>{type}: {recent} acts in the last four weeks ({rate} a week) against {before} a week before, {ratio}; adjusted p {p}. At the standard or above: {count} recent acts, {rise}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="611"/>
        <source>the rise is seen in them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="613"/>
        <source>the rise is not seen in them alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="617"/>
        <source>Covered by {situations}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="622"/>
        <source>Partly covered by {situations}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="626"/>
        <source>No situation covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="629"/>
        <source>HQ suppressed a small week of it: counted as the least it can be in the last four weeks and the most before, so the rise is at least as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="632"/>
        <source>New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="636"/>
        <source>Risk factors that changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="643"/>
        <source>{factor}: {level}, {trend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="646"/>
        <source>worsening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="648"/>
        <source>improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="653"/>
        <source>{situation}, assessed on {date}: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="663"/>
        <source>No assessment of a situation here records a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="668"/>
        <source>Humanitarian figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="673"/>
        <source>Data: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="697"/>
        <source>{place}: deterioration from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="723"/>
        <source>Situation saved. Scan again to see which places it covers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="876"/>
        <source>Import incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="913"/>
        <source>Stop the import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="915"/>
        <source>Nothing has been imported yet. The file and the choices made so far will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="919"/>
        <source>Stop the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="920"/>
        <source>Go on importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="993"/>
        <source>Incident id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="994"/>
        <source>Title</source>
        <translation type="unfinished">Title</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="995"/>
        <source>Date (from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="996"/>
        <source>Date (to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="997"/>
        <source>Date precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="998"/>
        <source>Date reported</source>
        <translation type="unfinished">Date reported</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="999"/>
        <source>Narrative</source>
        <translation type="unfinished">Narrative</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1000"/>
        <source>Confidentiality</source>
        <translation type="unfinished">Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1001"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1002"/>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1003"/>
        <source>Region (admin 1)</source>
        <translation type="unfinished">Region (admin 1)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1004"/>
        <source>Region P-code (admin 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1005"/>
        <source>District (admin 2)</source>
        <translation type="unfinished">District (admin 2)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1006"/>
        <source>District P-code (admin 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1007"/>
        <source>Place</source>
        <translation type="unfinished">Place</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1008"/>
        <source>Latitude</source>
        <translation type="unfinished">Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1009"/>
        <source>Longitude</source>
        <translation type="unfinished">Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1010"/>
        <source>GPS point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1011"/>
        <source>Location precision</source>
        <translation type="unfinished">Location precision</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1012"/>
        <source>Sensitive location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1013"/>
        <source>Place not in the gazetteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1014"/>
        <source>Verification status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1015"/>
        <source>Credibility</source>
        <translation type="unfinished">Credibility</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1016"/>
        <source>Reviewer</source>
        <translation type="unfinished">Reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1017"/>
        <source>Verification date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1018"/>
        <source>Violation type</source>
        <translation type="unfinished">Violation type</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1019"/>
        <source>Victims (count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1020"/>
        <source>Killed (count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1021"/>
        <source>Injured (count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1022"/>
        <source>Perpetrator category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1023"/>
        <source>Source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1024"/>
        <source>Source&apos;s connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1025"/>
        <source>Source reliability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="145"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="164"/>
        <location filename="../../ui/incident_editor/editor.py" line="706"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="166"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="270"/>
        <location filename="../../ui/incident_editor/editor.py" line="311"/>
        <location filename="../../ui/incident_editor/editor.py" line="318"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="279"/>
        <source>Overview &amp;&amp; location</source>
        <translation>Overview &amp;&amp; location</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="289"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="291"/>
        <source>Occurred from</source>
        <translation>Occurred from</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="296"/>
        <source>Occurred to</source>
        <translation>Occurred to</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="303"/>
        <source>Date reported</source>
        <translation>Date reported</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="310"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="317"/>
        <source>Region (admin 1)</source>
        <translation>Region (admin 1)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="326"/>
        <source>District (admin 2)</source>
        <translation>District (admin 2)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="345"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="370"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="371"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="379"/>
        <source>Location precision</source>
        <translation>Location precision</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="386"/>
        <location filename="../../ui/incident_editor/editor.py" line="389"/>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="392"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="397"/>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="443"/>
        <source>&amp;Violations</source>
        <translation>&amp;Violations</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="451"/>
        <location filename="../../ui/incident_editor/editor.py" line="576"/>
        <location filename="../../ui/incident_editor/editor.py" line="646"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="454"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="455"/>
        <source>Victims</source>
        <translation>Victims</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="458"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="461"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="477"/>
        <source>Violation {number}</source>
        <translation>Violation {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="478"/>
        <source>Add violation</source>
        <translation>Add violation</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="485"/>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="487"/>
        <source>Show the protected name; the reveal is recorded in the audit log</source>
        <translation>Show the protected name; the reveal is recorded in the audit log</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="491"/>
        <location filename="../../ui/incident_editor/editor.py" line="549"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="493"/>
        <source>Reveal name</source>
        <translation>Reveal name</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="496"/>
        <source>V&amp;ictims</source>
        <translation>V&amp;ictims</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="500"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="446"/>
        <location filename="../../ui/incident_editor/editor.py" line="501"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="152"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="323"/>
        <source>Region P-code (admin 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="329"/>
        <source>District P-code (admin 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="334"/>
        <source>Region or district not in the list (keep as typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="340"/>
        <source>Regions and districts are checked against OCHA&apos;s list of P-codes. Tick this only for a place the list does not have: it is kept as typed, without a code, and listed with the records to resolve later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="348"/>
        <source>The place names a protected victim of this record: if it is their home, a shelter or a safe house, mark it sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="359"/>
        <source>Sensitive location (a home, shelter, safe house)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="366"/>
        <source>Outside the team, a sensitive location is shown only as its region and district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="403"/>
        <source>Written for partners and the public; reports outside the UN print this, never the narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="410"/>
        <source>Summary for partners and the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="418"/>
        <source>Clearance of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="419"/>
        <source>Clear for release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="447"/>
        <location filename="../../ui/incident_editor/editor.py" line="502"/>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="448"/>
        <source>Number of victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="466"/>
        <source>Count {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="467"/>
        <source>Add count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="472"/>
        <source>Victims by sex and age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="505"/>
        <source>not given</source>
        <translation type="unfinished">not given</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="506"/>
        <source>Group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="516"/>
        <location filename="../../ui/incident_editor/editor.py" line="584"/>
        <source>Protected</source>
        <translation>Protected</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="517"/>
        <location filename="../../ui/incident_editor/editor.py" line="585"/>
        <source>Withhold the name on screens and exports</source>
        <translation>Withhold the name on screens and exports</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="519"/>
        <location filename="../../ui/incident_editor/editor.py" line="587"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="520"/>
        <location filename="../../ui/incident_editor/editor.py" line="588"/>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="525"/>
        <source>Victim {number}</source>
        <translation>Victim {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="526"/>
        <source>Add victim</source>
        <translation>Add victim</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="539"/>
        <source>&amp;Perpetrators</source>
        <translation>&amp;Perpetrators</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="544"/>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="545"/>
        <source>Degree</source>
        <translation>Degree</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="548"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="554"/>
        <source>Involvement {number}</source>
        <translation>Involvement {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="555"/>
        <source>Add involvement</source>
        <translation>Add involvement</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="560"/>
        <source>Involvement</source>
        <translation>Involvement</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="565"/>
        <source>Perpetrator {number}</source>
        <translation>Perpetrator {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="566"/>
        <source>Add perpetrator</source>
        <translation>Add perpetrator</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="573"/>
        <source>S&amp;ources &amp;&amp; verification</source>
        <translation>S&amp;ources &amp;&amp; verification</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="578"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="580"/>
        <source>Reliability</source>
        <translation>Reliability</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="589"/>
        <source>Information given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="592"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="597"/>
        <source>Source {number}</source>
        <translation>Source {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="598"/>
        <source>Add source</source>
        <translation>Add source</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="605"/>
        <source>&lt;b&gt;Verification&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verification&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="609"/>
        <location filename="../../ui/incident_editor/editor.py" line="612"/>
        <source>Standard of proof</source>
        <translation>Standard of proof</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="617"/>
        <location filename="../../ui/incident_editor/editor.py" line="620"/>
        <source>Credibility</source>
        <translation>Credibility</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="622"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="626"/>
        <source>Date reviewed</source>
        <translation>Date reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="633"/>
        <source>&amp;Attachments</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="637"/>
        <source>Save the incident to add attachments. Files can also be dropped here.</source>
        <translation>Save the incident to add attachments. Files can also be dropped here.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="645"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="647"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="648"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="649"/>
        <source>Captured by</source>
        <translation>Captured by</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="650"/>
        <source>Captured at</source>
        <translation>Captured at</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="653"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="658"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="660"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="662"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="664"/>
        <source>Writes a copy without the file&apos;s metadata (place, time, device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="667"/>
        <source>Export original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="678"/>
        <source>Chain of custody of the selected file</source>
        <translation>Chain of custody of the selected file</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="682"/>
        <source>Chain of custody</source>
        <translation>Chain of custody</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="686"/>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="691"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="712"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="715"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="720"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="722"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="724"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="733"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="740"/>
        <source>&amp;Add attachment…</source>
        <translation>&amp;Add attachment…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="742"/>
        <source>&amp;View attachment</source>
        <translation>&amp;View attachment</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="744"/>
        <source>&amp;Export attachment…</source>
        <translation>&amp;Export attachment…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="746"/>
        <source>Export &amp;original attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="748"/>
        <source>A&amp;ttachments</source>
        <translation>A&amp;ttachments</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="756"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="766"/>
        <source>UN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="770"/>
        <source>Read-only: this record is the view HQ sends to {audience} readers, with names withheld and places coarsened. It cannot be changed on this device; the team that holds the record can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="63"/>
        <source>Returned by {by} on {date}: {comment} Submit it again when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="70"/>
        <source>Waiting for review by {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="72"/>
        <source>Waiting for review by any reviewer of the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="76"/>
        <source>Approved on {date} by its author alone (single-user office).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="178"/>
        <source>Remove violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="205"/>
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
        <location filename="../../ui/incident_editor/editor.py" line="809"/>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="810"/>
        <source>{title}[*] – Upfront</source>
        <translation>{title}[*] – Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="61"/>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Something went wrong; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="133"/>
        <source>Saved at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="200"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="201"/>
        <source>This incident has changes that are not saved.</source>
        <translation>This incident has changes that are not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="135"/>
        <source>Add files with Add… or drop them here. They are kept inside the encrypted store.</source>
        <translation>Add files with Add… or drop them here. They are kept inside the encrypted store.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="156"/>
        <source>Save the incident before adding attachments.</source>
        <translation>Save the incident before adding attachments.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="162"/>
        <source>Add attachments</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="87"/>
        <source>{filename} cannot be shown inside Upfront without writing it to disk; use Export.</source>
        <translation>{filename} cannot be shown inside Upfront without writing it to disk; use Export.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="238"/>
        <source>Export original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="239"/>
        <source>The original keeps its metadata: it may hold the place (GPS position), the time and the device it was made with. Export the original only for an evidence handover; the chain of custody records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="257"/>
        <source>Export attachment</source>
        <translation>Export attachment</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="271"/>
        <source>{filename} was exported as the original, with its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="275"/>
        <source>{filename} was exported without its metadata (place, time, device); the original stays unchanged in the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentListView</name>
    <message>
        <location filename="../../ui/incident_list.py" line="196"/>
        <source>Loading incidents…</source>
        <translation>Loading incidents…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="319"/>
        <source>Search title, narrative, places</source>
        <translation>Search title, narrative, places</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="320"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="324"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="325"/>
        <source>Filter from a date</source>
        <translation>Filter from a date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="326"/>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="327"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="328"/>
        <source>Filter up to a date</source>
        <translation>Filter up to a date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="329"/>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="332"/>
        <source>All violations</source>
        <translation>All violations</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="332"/>
        <source>Violation type</source>
        <translation>Violation type</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="335"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="338"/>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="352"/>
        <source>Region (admin 1)</source>
        <translation>Region (admin 1)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="360"/>
        <source>Any verification</source>
        <translation>Any verification</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="360"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="363"/>
        <source>Any confidentiality</source>
        <translation>Any confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="363"/>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="365"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="365"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="367"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="368"/>
        <location filename="../../ui/incident_list.py" line="377"/>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="371"/>
        <source>New incident ({shortcut})</source>
        <translation>New incident ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="383"/>
        <source>Number of incidents</source>
        <translation>Number of incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="394"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="431"/>
        <source>&amp;Violation</source>
        <translation>&amp;Violation</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="432"/>
        <source>C&amp;ountry</source>
        <translation>C&amp;ountry</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="433"/>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="434"/>
        <source>Veri&amp;fication</source>
        <translation>Veri&amp;fication</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="435"/>
        <source>Confi&amp;dentiality</source>
        <translation>Confi&amp;dentiality</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="436"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="443"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="460"/>
        <source>Sa&amp;ved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="495"/>
        <location filename="../../ui/incident_list.py" line="499"/>
        <source>Change selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="497"/>
        <location filename="../../ui/incident_list.py" line="501"/>
        <source>Export selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="503"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="514"/>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="516"/>
        <source>Save filters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="518"/>
        <source>Delete saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="630"/>
        <source>All incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="631"/>
        <source>My drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="632"/>
        <source>To review (submitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="635"/>
        <source>Situation: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="764"/>
        <source>Several countries hold “{text}”: choose one in the list. The country filter is still {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="769"/>
        <source>No country matches “{text}”; the country filter is still {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="778"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_list.py" line="801"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="805"/>
        <source>The incidents could not be read: {reason}</source>
        <translation>The incidents could not be read: {reason}</translation>
    </message>
</context>
<context>
    <name>IncidentPicker</name>
    <message>
        <location filename="../../ui/incident_picker.py" line="77"/>
        <source>Choose incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="80"/>
        <source>Search incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="81"/>
        <source>Words in the title, narrative or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="83"/>
        <source>Only the situation&apos;s country, regions and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="86"/>
        <source>Incidents found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="94"/>
        <source>Add ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="104"/>
        <source>Search</source>
        <translation type="unfinished">Search</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="133"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="148"/>
        <source>The search failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="165"/>
        <source>{incident} (already chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="174"/>
        <source>No incident matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="178"/>
        <source>The {limit} latest found are shown: add words to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_picker.py" line="183"/>
        <source>%n incident(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../../ui/main_window.py" line="282"/>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Upfront</source>
        <translation>Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Upfront — sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>&amp;New incident</source>
        <translation>&amp;New incident</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>&amp;Import incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Incidents from a spreadsheet or a JSON export, checked row by row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>&amp;Export incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>Incidents as CSV, Excel, JSON or HXL, cleared for an audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Close the records; the passphrase opens them again</source>
        <translation>Close the records; the passphrase opens them again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>Emergency &amp;wipe…</source>
        <translation>Emergency &amp;wipe…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Destroy the key file and the records on this computer</source>
        <translation>Destroy the key file and the records on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>&amp;Users and passphrases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>Add or remove the users of this computer, or change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>Run &amp;self-test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Check that this installation works: the encrypted store, cryptography, translations, fonts, reports and the link to HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>&amp;About Upfront</source>
        <translation>&amp;About Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>Home</source>
        <translation type="unfinished">Home</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>Strategies</source>
        <translation>Strategies</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>Sync is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="600"/>
        <source>Sync: not set up</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="619"/>
        <source>Signed in as {user}</source>
        <translation>Signed in as {user}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="620"/>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="620"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="778"/>
        <source>Settings saved. Language and data folder apply when Upfront next starts.</source>
        <translation>Settings saved. Language and data folder apply when Upfront next starts.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="780"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="812"/>
        <source>About Upfront</source>
        <translation>About Upfront</translation>
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
        <translation>Documentation of human rights violations for UN country teams.

Database schema: {schema}
SQLCipher: {sqlcipher}</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../ui/map_page.py" line="202"/>
        <source>{region}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../ui/map_page.py" line="264"/>
        <source>Loading the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="266"/>
        <source>Show &amp;points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="268"/>
        <source>Show incident locations as points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="274"/>
        <source>Map of incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="277"/>
        <source>Regions on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="280"/>
        <source>&amp;Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="333"/>
        <source>{incidents} in {regions} on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="334"/>
        <location filename="../../ui/map_page.py" line="375"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="335"/>
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="342"/>
        <source>%n incident(s) without a region: counted, not on the map.</source>
        <translation>
            <numerusform>%n incident without a region: counted, not on the map.</numerusform>
            <numerusform>%n incidents without a region: counted, not on the map.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="350"/>
        <source>%n incident(s) without coordinates have no point.</source>
        <translation>
            <numerusform>%n incident without coordinates has no point.</numerusform>
            <numerusform>%n incidents without coordinates have no point.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="354"/>
        <source>Nearby incidents share a dot, sized by their number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="363"/>
        <source>{region} ({country})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="365"/>
        <source>{region}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="372"/>
        <source>{region}, {country}: {incidents}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="388"/>
        <source>The map could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/sync_page.py" line="173"/>
        <source>Merge: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="177"/>
        <source>Version kept at HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="180"/>
        <location filename="../../ui/sync_page.py" line="196"/>
        <source>Other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="182"/>
        <location filename="../../ui/sync_page.py" line="224"/>
        <source>Merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="183"/>
        <source>Start from the kept version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="185"/>
        <source>Start from the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="187"/>
        <source> (from this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="191"/>
        <source>Kept at HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="216"/>
        <source>The field “{field}” was changed in two places before either saw the other. Both versions are kept; write the text that should stand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase.py" line="153"/>
        <source>Too short: use at least {minimum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="159"/>
        <source>The passphrases do not match.</source>
        <translation>The passphrases do not match.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="163"/>
        <source>Type the passphrase again.</source>
        <translation>Type the passphrase again.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="180"/>
        <source>At least {minimum} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="540"/>
        <source>Objectives of the strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="543"/>
        <source>Choose an objective to change its wording or remove it, or type a new one and add it. Saving makes a new version of the strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="550"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="554"/>
        <location filename="../../ui/situation_dialogs.py" line="569"/>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="555"/>
        <source>What the strategy aims at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="556"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="558"/>
        <source>Change wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="559"/>
        <source>Change the wording of the objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="561"/>
        <location filename="../../ui/situation_dialogs.py" line="652"/>
        <source>Remove</source>
        <translation type="unfinished">Remove</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="562"/>
        <source>Remove the objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/situation_dialogs.py" line="585"/>
        <source>{objective} (%n action(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="604"/>
        <source>is required: write what the strategy aims at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="606"/>
        <source>is longer than {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="609"/>
        <source>Objective: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="640"/>
        <source>Remove the objective?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/situation_dialogs.py" line="643"/>
        <source>%n action(s) serve this objective: {actions}. They stay in the strategy, with no objective.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="653"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="485"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="488"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="502"/>
        <source>{field}: precision</source>
        <translation>{field}: precision</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/progress_dialog.py" line="288"/>
        <source>Saving cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/progress_dialog.py" line="118"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="121"/>
        <source>What is being done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="124"/>
        <source>Cancel status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="126"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="127"/>
        <source>Cancel this work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="145"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="154"/>
        <source>Stopping at the next safe point; nothing half-done is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="168"/>
        <source>{what}: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="177"/>
        <source>{what}: {done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="194"/>
        <source>Checking rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="195"/>
        <source>Importing records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="196"/>
        <source>Writing records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="197"/>
        <source>Gathering the report&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="198"/>
        <source>Drawing pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="199"/>
        <source>Copying the records under the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="200"/>
        <source>Putting the new key in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="201"/>
        <source>Changes received from HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="202"/>
        <source>Files received from HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="209"/>
        <source>Cannot be cancelled now: the copy under the new key is being put in place, and stopping half-way would not be safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="213"/>
        <source>Cannot be cancelled now: the user&apos;s key slot is being removed, and the key change that follows must finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="216"/>
        <source>Cannot be cancelled now: this step must finish.</source>
        <translation type="unfinished"></translation>
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
        <source>By country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="60"/>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="61"/>
        <source>This report covers {count} countries: {countries}. Each country&apos;s figures are counted and withheld by the same rules as the totals, and what is left out is counted over all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="68"/>
        <source>Incidents per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="69"/>
        <source>Incidents per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="70"/>
        <source>Week starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="71"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="72"/>
        <source>Hatched segments stand for fewer than {threshold} incidents; they are drawn at a nominal height of {height}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="78"/>
        <source>Rows: violation type; columns: first-level administrative area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="81"/>
        <source>×: withheld, so that a small count cannot be worked out from the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="85"/>
        <source>Incidents by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="86"/>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="87"/>
        <source>Incident location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="88"/>
        <source>No boundary data for {areas}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="89"/>
        <source>Offline boundaries: Natural Earth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="90"/>
        <source>The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="95"/>
        <source>No map data for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="97"/>
        <location filename="../../ui/report/timeline.py" line="75"/>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="98"/>
        <source>Place</source>
        <translation type="unfinished">Place</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="99"/>
        <source>Violations</source>
        <translation type="unfinished">Violations</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="100"/>
        <source>Verification</source>
        <translation type="unfinished">Verification</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="101"/>
        <source>Named persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="102"/>
        <source>No key incidents in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="103"/>
        <source>Incidents not listed one by one, as listing them would reveal a figure too small to publish: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="108"/>
        <source>Incidents in this report with no summary cleared for partners and the public (none is printed for them): {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="113"/>
        <source>Summaries cleared by their author alone, in an office with a single user: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="116"/>
        <source>Incidents approved in review by their own author, in an office with a single user: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="121"/>
        <source>Assessed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="122"/>
        <source>previous assessment {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="123"/>
        <source>first assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="124"/>
        <source>Overall level: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="125"/>
        <source>Risk factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="126"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="127"/>
        <source>Previous level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="128"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="129"/>
        <source>No risk assessment in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="131"/>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="132"/>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="133"/>
        <source>Lead / owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="134"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="135"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="136"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="59"/>
        <source>Quarterly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="60"/>
        <source>Quarter {quarter}: {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="61"/>
        <source>As of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="62"/>
        <source>Situations in order of attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="64"/>
        <source>Points: {deterioration} per deterioration signal, {risk_up} per risk factor assessed higher, {late_actions} per late action, {blocked_actions} per blocked action, {late_decisions} per late decision of the quarter before, {incidents_added} per ten incidents added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="72"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="73"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="74"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="75"/>
        <source>No situation of concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="76"/>
        <source>Nothing calls for attention this quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="78"/>
        <source>deterioration signals: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="79"/>
        <source>risk factors assessed higher: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="80"/>
        <source>late actions: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="81"/>
        <source>blocked actions: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="82"/>
        <source>late decisions: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="83"/>
        <source>incidents added: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="85"/>
        <source>The situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="86"/>
        <source>Risk changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="87"/>
        <source>Deterioration signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="89"/>
        <source>{scope}: {count} incidents in the last weeks, {ratio} times the usual level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="94"/>
        <source>{scope}: {count} incidents in the last weeks, where there were none before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="98"/>
        <source>All incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="99"/>
        <source>Late actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="100"/>
        <source>Blocked actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="101"/>
        <source>Incidents added in the quarter: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="102"/>
        <source>Engagements of the quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="103"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="104"/>
        <source>Asked / answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="105"/>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="106"/>
        <source>{un_by} with {with_whom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="107"/>
        <source>Decisions of this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="108"/>
        <source>No decision recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="109"/>
        <source>Decisions of {quarter}, as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="110"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="111"/>
        <source>Entity / person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="112"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="113"/>
        <source>Set by {user} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="114"/>
        <source>Strategy action: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="116"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="117"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="118"/>
        <location filename="../../ui/report/strings.py" line="137"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="119"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="120"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="138"/>
        <source>Actions: {actions}; overdue: {overdue}; blocked: {blocked}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="141"/>
        <source>No actions in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="143"/>
        <source>Sources by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="144"/>
        <source>Source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="145"/>
        <source>No sources in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="146"/>
        <source>Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="147"/>
        <source>To protect the people concerned, counts from 1 to {below} are shown as “&lt;{threshold}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="152"/>
        <source>This report is for internal use: every count is shown in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="157"/>
        <source>What this report leaves out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="158"/>
        <source>Not in these figures: {count} incidents of the period and scope, left out for this audience (see “What this report leaves out”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="163"/>
        <source>Of the {total} incidents recorded for this period and scope, {included} are counted in this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="168"/>
        <source>Incidents of this period and scope counted in this report: {included}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="171"/>
        <source>No incident of this period and scope is left out of this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="174"/>
        <source>Left out as drafts, not yet submitted for review: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="177"/>
        <source>Left out as more confidential than this report&apos;s audience: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="180"/>
        <source>Left out as found false or rejected: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="181"/>
        <source>Counted in the figures but told without an account, as no summary was cleared for partners and the public: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="187"/>
        <source>Report no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="188"/>
        <source>Information as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="189"/>
        <source>Next report: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="190"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="191"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="192"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="67"/>
        <source>Warning-to-action timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="68"/>
        <source>{name}, as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="69"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="70"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="71"/>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="72"/>
        <source>First warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="73"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="74"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="76"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="77"/>
        <source>From the first warning to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="78"/>
        <source>From the first warning to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="79"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="80"/>
        <source>open: {days} days so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="81"/>
        <source>open: no warning yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="82"/>
        <source>After-action review (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="83"/>
        <source>Nothing on the timeline yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="85"/>
        <source>First incident at {standard}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="86"/>
        <source>Risk factor at {level}: {factor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="87"/>
        <source>Deterioration signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="88"/>
        <source>First engagement: {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="89"/>
        <source>First action at {level} level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="90"/>
        <source>Escalation to {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="92"/>
        <source>the first engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="93"/>
        <source>the first strategy action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="94"/>
        <source>the first action at {level} level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="95"/>
        <source>the first engagement through {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="97"/>
        <source>incident {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="98"/>
        <source>assessment {id}, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="99"/>
        <source>strategy version {version}, action {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="100"/>
        <source>engagement {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="101"/>
        <source>signals as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="103"/>
        <source>First warning on {date}: {what} (source: {source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="104"/>
        <source>To {what}: {days} days, on {date} (source: {source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="105"/>
        <source>To {what}: it came {days} days before the warning, on {date} (source: {source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="108"/>
        <source>To {what}: not yet as of {date}, {days} days since the first warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="111"/>
        <source>No warning as of {date}: no risk factor at high or severe, no deterioration signal, no incident at reasonable grounds or above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="63"/>
        <source>Places where signals rise that no situation covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="64"/>
        <source>What the United Nations asks of Member States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="65"/>
        <source>Verified figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="66"/>
        <source>Engagement with the State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="67"/>
        <source>Incidents of the period verified at “{standard}” or above, from {start} to {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="70"/>
        <source>Countries: {countries}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="71"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="72"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="74"/>
        <source>higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="75"/>
        <source>lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="76"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="77"/>
        <source>newly assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="80"/>
        <source>No risk assessment up to {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="81"/>
        <source>No deterioration signal as of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="82"/>
        <source>No strategy action recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="83"/>
        <source>No engagement recorded in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="84"/>
        <source>None was written for this briefing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="85"/>
        <source>Risk assessments, strategies, the warning-to-action timeline and the horizon scan are United Nations planning documents: a briefing for this audience leaves them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="90"/>
        <source>Horizon scan as of {date}, over every place the records hold: {flagged} places flagged, {uncovered} of them covered by no situation of concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="95"/>
        <source>For {countries}, the scan ran on HQ&apos;s weekly counts over all of the scope&apos;s records (as of {date}), small weeks suppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="100"/>
        <source>≥: the place&apos;s series includes a small week HQ suppressed, counted as the least it can be in the last 4 weeks and the most before: the rise is at least as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="105"/>
        <source>Every place the scan flagged is covered by a situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="106"/>
        <source>Acts, last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="107"/>
        <source>Times the usual level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="108"/>
        <source>Of them at the standard of proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="109"/>
        <source>partly covered by {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="110"/>
        <source>all types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="111"/>
        <source>No situation of concern in this scope and period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports_page.py" line="101"/>
        <location filename="../../ui/reports_page.py" line="106"/>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="102"/>
        <location filename="../../ui/reports_page.py" line="108"/>
        <source>Situation of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="125"/>
        <source>Standard template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="126"/>
        <source>Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="99"/>
        <location filename="../../ui/reports_page.py" line="130"/>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="100"/>
        <location filename="../../ui/reports_page.py" line="131"/>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="111"/>
        <source>Several countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="112"/>
        <source>All countries held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="114"/>
        <source>Countries held on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="135"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="145"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="146"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="150"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="153"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="154"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="155"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="166"/>
        <source>What each audience may read is decided before the report is drawn: incidents by their confidentiality, names by consent, places by the record&apos;s precision, and small counts hidden outside internal reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="184"/>
        <source>Kind of report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="185"/>
        <source>Situation &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="186"/>
        <source>&amp;Briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="240"/>
        <source>Report template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="240"/>
        <source>Templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="252"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="254"/>
        <source>One highlight per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="260"/>
        <source>Report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="261"/>
        <source>Information as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="262"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="263"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="264"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="265"/>
        <source>Next report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="316"/>
        <source>Gathering the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="331"/>
        <source>{incidents} incident(s), SHA-256 {digest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="353"/>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="384"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="384"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="399"/>
        <source>The report could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="424"/>
        <source>The report could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports_page.py" line="402"/>
        <source>Saved %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="367"/>
        <source>Printing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="372"/>
        <source>Printing cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="395"/>
        <source>Saving the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/review_page.py" line="151"/>
        <source>Return “{title}” to its author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="154"/>
        <source>What should the author check or change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="155"/>
        <source>&amp;Comment for the author (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="163"/>
        <source>&amp;Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="175"/>
        <source>Comment: say what the author should check or change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="178"/>
        <source>Comment: at most {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="220"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="221"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="222"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="223"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="224"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="227"/>
        <source>deterioration signals: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="228"/>
        <source>risk factors assessed higher: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="229"/>
        <source>late actions: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="230"/>
        <source>blocked actions: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="231"/>
        <source>late decisions: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="232"/>
        <source>incidents added: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="261"/>
        <location filename="../../ui/review_dialog.py" line="276"/>
        <location filename="../../ui/review_dialog.py" line="525"/>
        <source>Quarterly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="267"/>
        <source>Internal: the country team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="268"/>
        <source>United Nations system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="270"/>
        <source>Who the review is for: for the UN, names it may not read are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="278"/>
        <location filename="../../ui/review_dialog.py" line="289"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="278"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="286"/>
        <location filename="../../ui/review_dialog.py" line="311"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="290"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="291"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="292"/>
        <source>Entity / person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="293"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="294"/>
        <source>State, who and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="305"/>
        <source>Add decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="307"/>
        <source>Change status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="332"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="333"/>
        <source>Copy the review as text, to paste elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="334"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="335"/>
        <source>Save as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="373"/>
        <source>The decision is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="382"/>
        <source>The decision&apos;s status is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="394"/>
        <source>The review is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="401"/>
        <source>Save the quarterly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="402"/>
        <source>review-{quarter}.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="403"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="412"/>
        <source>Save the quarterly review as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="413"/>
        <source>review-{quarter}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="414"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="434"/>
        <location filename="../../ui/review_dialog.py" line="454"/>
        <source>The review was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="436"/>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="458"/>
        <source>Saved to {path} (SHA-256 {hash}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="489"/>
        <source>The review could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="511"/>
        <source>by {user} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="531"/>
        <source>No situation of concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="533"/>
        <source>Deterioration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="542"/>
        <source>{points} points: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="552"/>
        <source>Risk: {factor}: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="562"/>
        <source>all incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="574"/>
        <source>Overdue: {title} (due {due}, lead {lead})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="585"/>
        <source>Blocked: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="588"/>
        <source>Incidents added: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="595"/>
        <source>Engagement on {date}: {type}, {un_by} with {with_whom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="609"/>
        <source>Decision: {text} ({who}, due {due}): {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="621"/>
        <source>Decisions of {quarter}, as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="627"/>
        <source>No decision recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="633"/>
        <source>{situation}: {text} ({who}, due {due}): {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/review_page.py" line="255"/>
        <source>Waiting for my review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="256"/>
        <source>All submitted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="257"/>
        <source>Returned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="258"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="265"/>
        <source>Records in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="275"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="276"/>
        <source>A&amp;pprove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="277"/>
        <source>Re&amp;turn to author…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="278"/>
        <source>Assi&amp;gn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="350"/>
        <location filename="../../ui/review_page.py" line="357"/>
        <source>Title</source>
        <translation type="unfinished">Title</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="351"/>
        <location filename="../../ui/review_page.py" line="358"/>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="352"/>
        <location filename="../../ui/review_page.py" line="359"/>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="353"/>
        <source>Returned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="354"/>
        <source>Reviewer&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="360"/>
        <source>Submitted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="361"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="374"/>
        <source>(no one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="375"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="394"/>
        <source>{n} record(s) waiting for your review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="395"/>
        <source>{n} submitted record(s) in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="396"/>
        <source>{n} record(s) returned to you: open one to work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="399"/>
        <source>Nothing is waiting for your review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="400"/>
        <source>No record is waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="401"/>
        <source>No record was returned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="423"/>
        <source>Could not do it ({kind}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="465"/>
        <source>Approved “{title}” ({standard}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="478"/>
        <source>Returned “{title}” to its author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="491"/>
        <source>Assigned “{title}” to {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="493"/>
        <source>“{title}” is open to any reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <location filename="../../ui/incident_editor/rows.py" line="48"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/rows.py" line="110"/>
        <source>{mask} (protected)</source>
        <translation>{mask} (protected)</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <location filename="../../ui/incident_editor/rows.py" line="231"/>
        <source>Remove {row}</source>
        <translation>Remove {row}</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Sample data — not a real store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Every record here is fictitious. What you type stays in this sample folder and can never be sent to HQ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFilterDialog</name>
    <message>
        <location filename="../../ui/incident_list.py" line="125"/>
        <source>Save the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="127"/>
        <source>Name of the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="135"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
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
        <location filename="../../ui/settings_dialog.py" line="70"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="83"/>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>Remember me on this device</source>
        <translation>Remember me on this device</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</source>
        <translation>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>This computer has no secure keyring, so Upfront cannot remember you here.</source>
        <translation>This computer has no secure keyring, so Upfront cannot remember you here.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119"/>
        <source>The standard folder for this computer</source>
        <translation>The standard folder for this computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="139"/>
        <source>Applies when Upfront next starts.</source>
        <translation>Applies when Upfront next starts.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>The whole window, at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="142"/>
        <source>Upfront locks itself after this long without keyboard or mouse input.</source>
        <translation>Upfront locks itself after this long without keyboard or mouse input.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="145"/>
        <source>Locks at once, from any Upfront window.</source>
        <translation>Locks at once, from any Upfront window.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="148"/>
        <source>Applies when Upfront next starts. Move keys.json and upfront.db there yourself, together.</source>
        <translation>Applies when Upfront next starts. Move keys.json and upfront.db there yourself, together.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>{variable} is set and takes precedence.</source>
        <translation>{variable} is set and takes precedence.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="158"/>
        <source>Not available: this computer has no secure keyring.</source>
        <translation>Not available: this computer has no secure keyring.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="166"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="167"/>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="168"/>
        <source>Lock when &amp;idle for:</source>
        <translation>Lock when &amp;idle for:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="169"/>
        <source>&amp;Panic key:</source>
        <translation>&amp;Panic key:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="171"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Data folder:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="209"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="218"/>
        <source>Use Ctrl, Alt or a function key, or typing would lock Upfront.</source>
        <translation>Use Ctrl, Alt or a function key, or typing would lock Upfront.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="54"/>
        <location filename="../../ui/shortcuts_dialog.py" line="58"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="59"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="59"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="59"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="75"/>
        <source>Every command has a menu entry; these keys reach the most used ones. In a menu or a form, the underlined letter with Alt does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="84"/>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="86"/>
        <source>Next field or button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="87"/>
        <source>Previous field or button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="88"/>
        <source>The field or button whose letter is underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="89"/>
        <source>Open the list entry chosen, press the default button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="90"/>
        <source>Close a dialog (it asks first when something would be lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="91"/>
        <source>This sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="109"/>
        <source>Keyboard &amp;shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalWords</name>
    <message numerus="yes">
        <location filename="../../ui/signal_words.py" line="41"/>
        <source>%n incident(s) in the last {weeks} weeks</source>
        <translation>
            <numerusform>%n incident in the last {weeks} weeks</numerusform>
            <numerusform>%n incidents in the last {weeks} weeks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="44"/>
        <source>usually {rate} a week in the {weeks} weeks before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="51"/>
        <source>{recent}, where there were none in the {weeks} weeks before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="57"/>
        <source>{recent} ({usual}): {ratio} times the usual weekly level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="64"/>
        <source>Alert: a rise this large is unlikely to be chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="68"/>
        <source>Alert: above the alert level of {alert} times, and a rise this large is unlikely to be chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="76"/>
        <source>No alert: too few incidents to judge (an alert needs at least {least}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="82"/>
        <source>No alert: below the alert level of {alert} times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="87"/>
        <source>No alert: a rise of this size could still be chance with so few incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="95"/>
        <source>How alerts are raised: the last {recent} weeks are compared with the {baseline} weeks before. An alert needs at least {least} incidents, a weekly level at least {alert} times the usual one, and a rise too large to be chance (less than 1 chance in {odds}; for violation types, taken all together).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SituationDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="438"/>
        <source>Situation of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="444"/>
        <source>regions, separated by commas (none: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="466"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="467"/>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="468"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="469"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="470"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="448"/>
        <location filename="../../ui/situation_dialogs.py" line="471"/>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="449"/>
        <location filename="../../ui/situation_dialogs.py" line="472"/>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="473"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="474"/>
        <source>Violation types (none ticked: all)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SituationsPage</name>
    <message>
        <location filename="../../ui/situations_page.py" line="90"/>
        <source>Situations of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="102"/>
        <source>Risk factors over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="109"/>
        <source>Actions of the strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="113"/>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="114"/>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="115"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="116"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="117"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="118"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="119"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="131"/>
        <source>New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="133"/>
        <source>Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="135"/>
        <source>Edit action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="138"/>
        <source>Objectives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="157"/>
        <source>Risk heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="158"/>
        <location filename="../../ui/situations_page.py" line="634"/>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="159"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="161"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="165"/>
        <source>Engagement log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="166"/>
        <source>Task force and guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="168"/>
        <source>Quarterly review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="170"/>
        <source>New situation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="172"/>
        <source>Edit situation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="181"/>
        <source>Timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="183"/>
        <source>From the first warning to action: the situation&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="208"/>
        <source>All confidentiality levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="215"/>
        <source>Confidentiality</source>
        <translation type="unfinished">Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="225"/>
        <source>Charts need Qt&apos;s chart module (PySide6-Addons), which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="236"/>
        <source>Acts per week, by violation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="241"/>
        <source>Violation types in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="256"/>
        <location filename="../../ui/situations_page.py" line="394"/>
        <source>Humanitarian figures per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="259"/>
        <source>Humanitarian figures beside the violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="317"/>
        <source>Acts per week, by violation type, to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="328"/>
        <source>Week ending on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="340"/>
        <source>Acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="237"/>
        <location filename="../../ui/situations_page.py" line="346"/>
        <source>Acts by region, last 26 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="348"/>
        <source>(no region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="366"/>
        <source>{measure} in {place}: {ratio}× the 12 weeks before; {acts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="370"/>
        <source>acts rose: {types}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="372"/>
        <source>no act type rose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="376"/>
        <source>No humanitarian series is held for this situation&apos;s places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="385"/>
        <source>{measure} in {place} ({dataset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="530"/>
        <source>The situations could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="546"/>
        <source>No situation of concern yet. Add one with New situation….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="567"/>
        <source>{status} · {count} incidents · owner {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="585"/>
        <source>Risk factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="592"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="614"/>
        <source>&lt;b&gt;All incidents:&lt;/b&gt; {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="622"/>
        <source>&lt;b&gt;{type}:&lt;/b&gt; {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="634"/>
        <source>Signals ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="638"/>
        <source>No strategy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="643"/>
        <source>Version {version}. Objectives: {objectives}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="653"/>
        <source>{status} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategiesPage</name>
    <message>
        <location filename="../../ui/strategies_page.py" line="67"/>
        <location filename="../../ui/strategies_page.py" line="96"/>
        <location filename="../../ui/strategies_page.py" line="122"/>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="68"/>
        <source>All pillars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="73"/>
        <location filename="../../ui/strategies_page.py" line="101"/>
        <location filename="../../ui/strategies_page.py" line="124"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="74"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="78"/>
        <source>Only overdue or blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="85"/>
        <source>No situation has a strategy yet. Add one under Situations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="91"/>
        <source>Actions of every situation&apos;s strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="94"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="95"/>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="97"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="98"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="99"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="100"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="113"/>
        <source>Objectives of its situation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="154"/>
        <source>The actions could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="188"/>
        <source>{status} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="214"/>
        <source>{actions} in {situations}; {overdue} overdue, {blocked} blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategies_page.py" line="215"/>
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategies_page.py" line="216"/>
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
        <location filename="../../ui/passphrase.py" line="104"/>
        <source>Too short</source>
        <translation>Too short</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="105"/>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="106"/>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="107"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="108"/>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_page.py" line="271"/>
        <source>HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="272"/>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="273"/>
        <source>Waiting to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="274"/>
        <source>To fetch from HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="275"/>
        <source>Not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="277"/>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="279"/>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="281"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="283"/>
        <source>Enrol with HQ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="290"/>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="303"/>
        <location filename="../../ui/sync_page.py" line="309"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="303"/>
        <source>Field</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="303"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="306"/>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="309"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="309"/>
        <source>HQ&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="304"/>
        <location filename="../../ui/sync_page.py" line="318"/>
        <source>Conflicts to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="311"/>
        <source>Refused by HQ (quarantine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="324"/>
        <source>Refused by HQ (quarantine): these changes are kept here and did not block the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="379"/>
        <source>The sync status could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="392"/>
        <source>Not enrolled: press Enrol with HQ… and type what HQ gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="399"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="402"/>
        <source>{changes} change(s), {files} file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="409"/>
        <source>%n file(s), {size} left</source>
        <translation>
            <numerusform>%n file, {size} left</numerusform>
            <numerusform>%n files, {size} left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="413"/>
        <location filename="../../ui/sync_page.py" line="430"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="420"/>
        <source>%n file(s) HQ refused to send (last on {when}): not for this device&apos;s team or audience, or no longer held at HQ. Their records are here without them.</source>
        <translation>
            <numerusform>%n file HQ refused to send (last on {when}): not for this device&apos;s team or audience, or no longer held at HQ. Its record is here without it.</numerusform>
            <numerusform>%n files HQ refused to send (last on {when}): not for this device&apos;s team or audience, or no longer held at HQ. Their records are here without them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="432"/>
        <source>Sync: not set up</source>
        <translation type="unfinished">Sync: not set up</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="435"/>
        <source>Sync: {count} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="438"/>
        <source>Sync: %n file(s) to fetch</source>
        <translation>
            <numerusform>Sync: %n file to fetch</numerusform>
            <numerusform>Sync: %n files to fetch</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="440"/>
        <source>Sync: failed, will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="442"/>
        <source>Sync: up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="450"/>
        <source>HQ says this computer&apos;s clock is {hours} hours ahead. Correct it: HQ treats its time stamps as HQ&apos;s own time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="463"/>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="489"/>
        <source>when you choose Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="492"/>
        <source>in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="499"/>
        <source>after enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="506"/>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="507"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="528"/>
        <source>changes sent: {sent}, received: {received}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="538"/>
        <source>fetching files from HQ: {done} of {total} done, {got} of {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="540"/>
        <source>files fetched from HQ: {done} of {total} ({got})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="577"/>
        <source>erased on HQ&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="594"/>
        <source>Failed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="643"/>
        <source>The merge could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="291"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="292"/>
        <source>Cancel this sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="583"/>
        <source>Sync cancelled; what was received is kept, and the next sync goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="604"/>
        <source>stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskForceDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="359"/>
        <source>Inter-agency task force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="362"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="363"/>
        <source>Member entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="364"/>
        <source>Established on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="365"/>
        <source>Situation Response Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="366"/>
        <source>Coordinator&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="367"/>
        <source>Coordinator&apos;s entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="368"/>
        <source>Appointed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="369"/>
        <source>Task force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="376"/>
        <source>A Situation Response Coordinator is appointed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="97"/>
        <source>Warning-to-action timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="102"/>
        <source>Timeline of warnings and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="106"/>
        <source>From the first warning to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="107"/>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="108"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="109"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="112"/>
        <source>Intervals from the first warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="118"/>
        <location filename="../../ui/timeline_dialog.py" line="119"/>
        <source>After-action review (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="132"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="133"/>
        <source>Save JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="160"/>
        <source>The timeline could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="166"/>
        <source>{name}, as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="194"/>
        <source>Save the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="195"/>
        <source>timeline.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="195"/>
        <source>timeline.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="196"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="196"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="214"/>
        <location filename="../../ui/timeline_dialog.py" line="231"/>
        <source>The timeline was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="216"/>
        <location filename="../../ui/timeline_dialog.py" line="233"/>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="124"/>
        <source>Unlock Upfront</source>
        <translation>Unlock Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="138"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="139"/>
        <location filename="../../ui/unlock.py" line="321"/>
        <location filename="../../ui/unlock.py" line="325"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="162"/>
        <source>Too many wrong attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="173"/>
        <source>&amp;Remember me on this device</source>
        <translation>&amp;Remember me on this device</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="179"/>
        <source>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</source>
        <translation>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="188"/>
        <source>This computer has no secure keyring (such as Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet), so Upfront cannot remember you here. Enter your passphrase each time.</source>
        <translation>This computer has no secure keyring (such as Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet), so Upfront cannot remember you here. Enter your passphrase each time.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="194"/>
        <source>Not available: this computer has no secure keyring.</source>
        <translation>Not available: this computer has no secure keyring.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="199"/>
        <location filename="../../ui/unlock.py" line="271"/>
        <source>U&amp;ser:</source>
        <translation>U&amp;ser:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="201"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="206"/>
        <source>Upfront is locked</source>
        <translation>Upfront is locked</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="208"/>
        <source>The records on this computer are encrypted. Enter your passphrase to open them.</source>
        <translation>The records on this computer are encrypted. Enter your passphrase to open them.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="220"/>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="223"/>
        <source>Unlock with the recovery key</source>
        <translation>Unlock with the recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="225"/>
        <source>Type the recovery key that was printed or written down when Upfront was set up on this computer. Dashes and spaces are optional, and lower-case letters are fine.</source>
        <translation>Type the recovery key that was printed or written down when Upfront was set up on this computer. Dashes and spaces are optional, and lower-case letters are fine.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="238"/>
        <source>Upfront cannot open the records</source>
        <translation>Upfront cannot open the records</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="244"/>
        <source>If you have a backup copy of the key file (keys.json), put it back in this folder and choose Try again:
{folder}</source>
        <translation>If you have a backup copy of the key file (keys.json), put it back in this folder and choose Try again:
{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="275"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="275"/>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished">&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="279"/>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="281"/>
        <source>The recovery key was accepted. Choose whose passphrase to replace, or type a new name, and set the passphrase to use from now on. The recovery key stays valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="320"/>
        <source>Use recovery key</source>
        <translation>Use recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="324"/>
        <source>Use passphrase</source>
        <translation>Use passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="328"/>
        <source>Set passphrase and &amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="331"/>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="347"/>
        <source>No user has a passphrase for this store. Use the recovery key.</source>
        <translation>No user has a passphrase for this store. Use the recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="370"/>
        <source>Opening with the key remembered on this device…</source>
        <translation>Opening with the key remembered on this device…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="394"/>
        <source>Setting the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="406"/>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="498"/>
        <source>The recovery key is not correct. Nothing was changed.</source>
        <translation>The recovery key is not correct. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="503"/>
        <source>Wrong passphrase for “{user}”. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Wrong passphrase for “{user}”. Check the keyboard layout and Caps Lock, then try again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="549"/>
        <source>You can try again in %n s.</source>
        <translation>
            <numerusform>You can try again in %n s.</numerusform>
            <numerusform>You can try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/users_dialog.py" line="144"/>
        <location filename="../../ui/users_dialog.py" line="213"/>
        <source>Users and passphrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="155"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="158"/>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="184"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="191"/>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="192"/>
        <source>&amp;Remove user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="193"/>
        <source>Change &amp;my passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="217"/>
        <source>Each user opens the records on this computer with a passphrase of their own, and is named as the author of what they record. The recovery key opens the store too; it is not a user and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="223"/>
        <source>&amp;Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="243"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="245"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="245"/>
        <location filename="../../ui/users_dialog.py" line="296"/>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished">&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="248"/>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="250"/>
        <source>The new user types this passphrase to open Upfront on this computer, and can change it afterwards. Give it to them in person, never by e-mail or message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="269"/>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished">Recovery &amp;key:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="293"/>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="296"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="299"/>
        <source>Change the passphrase of “{user}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="301"/>
        <source>From now on only the new passphrase opens Upfront for you. If this computer remembered you, it forgets you until you choose to be remembered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="337"/>
        <source>{user} (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="365"/>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="368"/>
        <source>&amp;Remove and replace the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="377"/>
        <source>Change pass&amp;phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="431"/>
        <source>Enter the new user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="437"/>
        <source>A user named “{user}” already has a passphrase here. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="449"/>
        <source>Enter your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="457"/>
        <source>This is the only user: the store needs at least one. Add another user first, or use the emergency wipe to destroy the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="462"/>
        <source>You cannot remove yourself while you are using the store. Another user can remove you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="471"/>
        <source>A sync is running. Removing a user replaces the database key, so wait until the sync ends, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="480"/>
        <source>Select the user to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="487"/>
        <source>Remove “{user}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="491"/>
        <source>Upfront replaces the database key (a key rotation) as it removes “{user}”. Afterwards neither their passphrase nor any copy of the key file they may have kept opens the records on this computer. Every other user&apos;s passphrase and the recovery key go on working as before.

The whole database is rewritten, which can take a while for a large store; nothing is lost if the computer stops meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="506"/>
        <source>Needed once: the recovery key was made by an earlier version of Upfront and is converted on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="551"/>
        <source>Adding the user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="556"/>
        <source>“{user}” can now open Upfront on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="581"/>
        <source>Enter the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="585"/>
        <source>Removing “{user}” and replacing the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="602"/>
        <source>“{user}” was removed and the database key replaced. Their passphrase no longer opens the records here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="615"/>
        <source>The recovery key is not correct. Nothing was changed.</source>
        <translation type="unfinished">The recovery key is not correct. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="621"/>
        <source>Upfront is open in another window or program on this computer. Removing a user needs the store to itself: close Upfront there, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="631"/>
        <source>Some users&apos; passphrases were set by an earlier version of Upfront and have not been used since. Each of them opens Upfront once on this computer; then the user can be removed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="669"/>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="674"/>
        <source>The passphrase of “{user}” was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="680"/>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViolationChoice</name>
    <message>
        <location filename="../../ui/incident_editor/fields.py" line="48"/>
        <source>Violation {number} (missing)</source>
        <translation>Violation {number} (missing)</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="336"/>
        <source>Nothing in the list matches “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocabHelp</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="250"/>
        <source>{field}: what each entry means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocabHelpButton</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="283"/>
        <source>What do these mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="284"/>
        <source>{field}: what do these mean?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Emergency wipe</source>
        <translation>Emergency wipe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
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
        <location filename="../../ui/main_window.py" line="202"/>
        <source>To confirm, type {word}:</source>
        <translation>To confirm, type {word}:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Wipe everything</source>
        <translation>&amp;Wipe everything</translation>
    </message>
</context>
<context>
    <name>_CheckPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="446"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="449"/>
        <source>Every row is checked; nothing is imported yet. A row with an error is never imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="454"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <location filename="../../ui/exchange_dialogs.py" line="462"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <source>Field</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="458"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="460"/>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="462"/>
        <source>Likely duplicate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="462"/>
        <source>Title similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="464"/>
        <source>Import likely duplicates too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="466"/>
        <source>Save the errors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="468"/>
        <source>A CSV file of the errors: row, column, field and problem, no cell&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="471"/>
        <source>Save the mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="474"/>
        <source>The columns and the codes chosen for values, in a mapping file for the next import of such a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="516"/>
        <source>Checking %n row(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="551"/>
        <source>{rows} rows: {valid} valid, {errors} with errors, %n likely duplicate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="563"/>
        <source>%n value(s) of the file match no code: Next lists them, to choose the code each stands for.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="577"/>
        <source>The rows could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="605"/>
        <source>Save the errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="605"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="619"/>
        <source>The errors were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="621"/>
        <source>Errors saved in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="627"/>
        <source>Save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="627"/>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="639"/>
        <source>The mapping was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="641"/>
        <source>Mapping saved in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="647"/>
        <source>incident {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="649"/>
        <source>row {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="520"/>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ChoosePage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="165"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="168"/>
        <source>A spreadsheet (.csv in UTF-8, or .xlsx) or a JSON export of incidents. Nothing is imported before the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="176"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="179"/>
        <source>Columns named like Upfront&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="180"/>
        <source>KoboToolbox starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="181"/>
        <source>Other mapping file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="186"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="187"/>
        <source>UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="188"/>
        <source>Western European, Windows (cp1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="189"/>
        <source>Arabic, Windows (cp1256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="190"/>
        <source>Cyrillic, Windows (cp1251)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="191"/>
        <source>Chinese (GB 18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="196"/>
        <source>Found on the header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="197"/>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="198"/>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="199"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="174"/>
        <location filename="../../ui/exchange_dialogs.py" line="211"/>
        <source>File</source>
        <translation type="unfinished">File</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="212"/>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="213"/>
        <source>Encoding (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="214"/>
        <source>Separator (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="240"/>
        <source>Import incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="241"/>
        <source>Incident files (*.csv *.xlsx *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="250"/>
        <source>Mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="250"/>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="291"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="318"/>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FieldsDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="80"/>
        <source>{field}: is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="91"/>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ImportPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="754"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="757"/>
        <source>The rows are written in one go, and only when you click Import; until then nothing is in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="780"/>
        <source>%n row(s) will be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="782"/>
        <source>%n likely duplicate(s) left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="784"/>
        <source>%n row(s) with errors left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="786"/>
        <source>No row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="790"/>
        <source>Every valid row is a likely duplicate; tick &quot;Import likely duplicates too&quot; on the previous page to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="798"/>
        <source>Import %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="813"/>
        <source>Importing %n row(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="837"/>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="838"/>
        <source>Imported %n incident(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="848"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="816"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="843"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="330"/>
        <location filename="../../ui/exchange_dialogs.py" line="342"/>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="333"/>
        <source>Which field each column of the file fills; choose another in the list to change it. Columns that are not mapped are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="341"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="341"/>
        <source>Upfront field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="343"/>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="362"/>
        <source>This JSON file holds %n incident record(s). They are read as they are: a mapping does not apply.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="373"/>
        <source>Mapping: {mapping}. %n column(s) of the file are read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="381"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="388"/>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="394"/>
        <source>Field of column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="407"/>
        <source>not mapped, ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ResolvePage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="663"/>
        <location filename="../../ui/exchange_dialogs.py" line="675"/>
        <source>Values that match no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="666"/>
        <source>These values of the file are not in Upfront&apos;s lists. Choose what each one stands for, and the rows are checked again; a value left as it is keeps its rows out of the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Field</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Value in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="691"/>
        <source>(leave as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="698"/>
        <source>Code for {value} ({field})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="728"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="728"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <location filename="../../ui/saving_dialog.py" line="70"/>
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
        <location filename="../../ui/passphrase.py" line="60"/>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="63"/>
        <source>Use at most {maximum} printable characters.</source>
        <translation>Use at most {maximum} printable characters.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="69"/>
        <source>“recovery” is reserved for the recovery key.</source>
        <translation>“recovery” is reserved for the recovery key.</translation>
    </message>
</context>
</TS>
