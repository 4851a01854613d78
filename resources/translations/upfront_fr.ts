<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AcknowledgementDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="514"/>
        <source>Acknowledgement of the guidance</source>
        <translation>Accusé de réception de l&apos;orientation</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="517"/>
        <source>Acknowledged by (the RC)</source>
        <translation>Accusé par (le CR)</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="518"/>
        <source>Acknowledged on</source>
        <translation>Accusé le</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="519"/>
        <source>Recorded on the RC&apos;s behalf</source>
        <translation>Enregistré pour le compte du CR</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="520"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="524"/>
        <source>Version {n}: {title}</source>
        <translation>Version {n} : {title}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="533"/>
        <source>the Resident Coordinator&apos;s name</source>
        <translation>le nom du coordonnateur résident</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="541"/>
        <source>Leave ticked when you record it for the RC; untick only on the RC office&apos;s own device.</source>
        <translation>Laissez coché si vous l&apos;enregistrez pour le CR ; décochez seulement sur l&apos;appareil du bureau du CR.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="549"/>
        <source>Guidance</source>
        <translation>Orientation</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="324"/>
        <source>Strategy action</source>
        <translation>Action de la stratégie</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="337"/>
        <source>— none</source>
        <translation>— aucun</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="342"/>
        <location filename="../../ui/situation_dialogs.py" line="359"/>
        <source>Partner UN entities</source>
        <translation>Entités partenaires des Nations Unies</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="346"/>
        <location filename="../../ui/situation_dialogs.py" line="360"/>
        <source>Risk factors addressed</source>
        <translation>Facteurs de risque traités</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="351"/>
        <location filename="../../ui/situation_dialogs.py" line="361"/>
        <source>Incidents addressed</source>
        <translation>Incidents traités</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="354"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="355"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="356"/>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="357"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="358"/>
        <source>Lead UN entity</source>
        <translation>Entité chef de file des Nations Unies</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="362"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="332"/>
        <location filename="../../ui/situation_dialogs.py" line="363"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="364"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="365"/>
        <source>Indicators (one a line)</source>
        <translation>Indicateurs (un par ligne)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/gui.py" line="188"/>
        <source>Erased on HQ&apos;s order</source>
        <translation>Effacé sur ordre du siège</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="190"/>
        <source>HQ revoked this device and ordered it erased. Everything Upfront held on this computer was wiped, as the emergency wipe does.</source>
        <translation>Le siège a révoqué cet appareil et ordonné son effacement. Tout ce qu’Upfront conservait sur cet ordinateur a été effacé, comme le fait l’effacement d’urgence.</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="205"/>
        <source>Emergency wipe</source>
        <translation>Effacement d’urgence</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="206"/>
        <source>The emergency wipe did not finish. Try again, or delete the data folder.</source>
        <translation>L’effacement d’urgence n’a pas abouti. Réessayez, ou supprimez le dossier de données.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../ui/review_page.py" line="83"/>
        <source>Approve “{title}”</source>
        <translation>Approuver « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="91"/>
        <source>(not assessed)</source>
        <translation>(non évaluée)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="95"/>
        <source>Optional: what the review found</source>
        <translation>Facultatif : ce que l’examen a établi</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="100"/>
        <source>&amp;Verification standard</source>
        <translation>Niveau de &amp;vérification</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="101"/>
        <source>&amp;Credibility</source>
        <translation>&amp;Crédibilité</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="102"/>
        <source>C&amp;omment</source>
        <translation>C&amp;ommentaire</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="107"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="114"/>
        <source>Approving makes the record reviewed, with you as its reviewer and today as the date of verification.</source>
        <translation>L’approbation rend le dossier examiné, avec vous comme examinateur et la date du jour comme date de vérification.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="128"/>
        <source>Verification standard: choose one in the list</source>
        <translation>Niveau de vérification : choisissez-en un dans la liste</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="134"/>
        <source>Comment: at most {n} characters</source>
        <translation>Commentaire : {n} caractères au plus</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="123"/>
        <source>New risk assessment</source>
        <translation>Nouvelle évaluation des risques</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Risk factor</source>
        <translation>Facteur de risque</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="150"/>
        <source>— not assessed</source>
        <translation>— non évalué</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="127"/>
        <location filename="../../ui/situation_dialogs.py" line="206"/>
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="57"/>
        <source>Indicators:</source>
        <translation>Indicateurs :</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="133"/>
        <source>Risk factors</source>
        <translation>Facteurs de risque</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="153"/>
        <source>Level: {factor}</source>
        <translation>Niveau : {factor}</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="157"/>
        <source>— from the last assessment</source>
        <translation>— d’après la dernière évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="160"/>
        <source>Trend: {factor}</source>
        <translation>Tendance : {factor}</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="166"/>
        <source>Rationale: {factor}</source>
        <translation>Justification : {factor}</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="177"/>
        <source>Evidence for the risk factor</source>
        <translation>Éléments de preuve pour le facteur de risque</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="186"/>
        <source>Evidence: incidents</source>
        <translation>Éléments de preuve : incidents</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="197"/>
        <source>Evidence: humanitarian series</source>
        <translation>Éléments de preuve : séries humanitaires</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="207"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="209"/>
        <source>Evidence for</source>
        <translation>Éléments de preuve pour</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="210"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="211"/>
        <source>Humanitarian series</source>
        <translation>Séries humanitaires</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="232"/>
        <source>{measure} in {place} ({dataset})</source>
        <translation>{measure} à {place} ({dataset})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/situation_dialogs.py" line="277"/>
        <source>{factor} (%n incident(s))</source>
        <translation>
            <numerusform>{factor} (%n incident)</numerusform>
            <numerusform>{factor} (%n incidents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/review_page.py" line="198"/>
        <source>Assign to a reviewer</source>
        <translation>Attribuer à un examinateur</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="202"/>
        <source>(no one: any reviewer)</source>
        <translation>(personne : tout examinateur)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="210"/>
        <source>&amp;Reviewer</source>
        <translation>&amp;Examinateur</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="213"/>
        <source>A reviewer on another laptop of the team: type their user name.</source>
        <translation>Un examinateur sur un autre ordinateur de l’équipe : saisissez son nom d’utilisateur.</translation>
    </message>
</context>
<context>
    <name>AudienceCombo</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="396"/>
        <source>Internal: the country team</source>
        <translation>Interne : l’équipe de pays</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="397"/>
        <source>United Nations system</source>
        <translation>Système des Nations Unies</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="398"/>
        <source>Trusted partners</source>
        <translation>Partenaires de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="399"/>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <location filename="../../ui/briefing_panel.py" line="81"/>
        <location filename="../../ui/briefing_panel.py" line="120"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="82"/>
        <location filename="../../ui/briefing_panel.py" line="121"/>
        <source>To</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="84"/>
        <location filename="../../ui/briefing_panel.py" line="170"/>
        <source>Briefing template</source>
        <translation>Modèle de note d&apos;information</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="86"/>
        <source>Security Council horizon scanning</source>
        <translation>Analyse prospective pour le Conseil de sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="87"/>
        <source>Deputy Secretary-General briefing Member States</source>
        <translation>Information des États Membres par la Vice-Secrétaire générale</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="88"/>
        <source>Article 99</source>
        <translation>Article 99</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="92"/>
        <source>A template of my own…</source>
        <translation>Un modèle à moi…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="96"/>
        <location filename="../../ui/briefing_panel.py" line="123"/>
        <source>Audience</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="98"/>
        <location filename="../../ui/briefing_panel.py" line="124"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="103"/>
        <source>Standard of proof</source>
        <translation>Degré de preuve</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="109"/>
        <source>Situations of concern in the briefing</source>
        <translation>Situations préoccupantes de la note</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="110"/>
        <source>Countries of the briefing</source>
        <translation>Pays de la note</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="112"/>
        <source>What the UN asks of Member States</source>
        <translation>Ce que l&apos;ONU demande aux États Membres</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="114"/>
        <source>In your words: what the UN asks of Member States, printed as written</source>
        <translation>Avec vos mots : ce que l&apos;ONU demande aux États Membres, imprimé tel quel</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="122"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="125"/>
        <source>Figures at</source>
        <translation>Chiffres au niveau</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="126"/>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="127"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="128"/>
        <source>Asks</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="129"/>
        <source>Save briefing as PDF…</source>
        <translation>Enregistrer la note en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="136"/>
        <source>None ticked: every situation of the countries ticked, or of every country, whose dates meet the period. What the audience may read is decided before the briefing is drawn, by the rules of reports.</source>
        <translation>Aucune cochée : toutes les situations des pays cochés, ou de tous les pays, dont les dates rejoignent la période. Ce que le public destinataire peut lire est décidé avant que la note ne soit dessinée, selon les règles des rapports.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="170"/>
        <source>Templates (*.json)</source>
        <translation>Modèles (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="199"/>
        <source>Save briefing</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="199"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="216"/>
        <source>Gathering the briefing…</source>
        <translation>Préparation de la note…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="229"/>
        <source>{situations} situation(s), SHA-256 {digest}</source>
        <translation>{situations} situation(s), SHA-256 {digest}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="245"/>
        <source>Saving the briefing</source>
        <translation>Enregistrement de la note</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="249"/>
        <source>The briefing could not be saved.</source>
        <translation>La note n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/briefing_panel.py" line="253"/>
        <source>Saved %n page(s).</source>
        <translation>
            <numerusform>%n page enregistrée.</numerusform>
            <numerusform>%n pages enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="267"/>
        <source>The briefing could not be made.</source>
        <translation>La note n&apos;a pas pu être établie.</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="104"/>
        <source>Change selected incidents</source>
        <translation>Modifier les incidents sélectionnés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_dialog.py" line="107"/>
        <source>Change the %n selected incident(s) at once.</source>
        <translation>
            <numerusform>Modifier en une fois l’incident sélectionné.</numerusform>
            <numerusform>Modifier en une fois les %n incidents sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="111"/>
        <source>What to change</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="112"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="113"/>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="114"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="116"/>
        <source>Add to a situation</source>
        <translation>Ajouter à une situation</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="118"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="124"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="125"/>
        <location filename="../../ui/bulk_dialog.py" line="133"/>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="134"/>
        <source>To</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="162"/>
        <source>Counting what the change does…</source>
        <translation>Décompte de ce que fait la modification…</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="183"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="186"/>
        <source>Changing the incidents…</source>
        <translation>Modification des incidents…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_dialog.py" line="199"/>
        <source>Changed %n incident(s); {unchanged} already had that value.</source>
        <translation>
            <numerusform>%n incident modifié ; {unchanged} avaient déjà cette valeur.</numerusform>
            <numerusform>%n incidents modifiés ; {unchanged} avaient déjà cette valeur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="211"/>
        <source>Nothing was changed: {reason}</source>
        <translation>Rien n’a été modifié : {reason}</translation>
    </message>
</context>
<context>
    <name>CitedIncidents</name>
    <message>
        <location filename="../../ui/incident_picker.py" line="228"/>
        <source>Add incidents…</source>
        <translation>Ajouter des incidents…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="229"/>
        <source>Add incidents: {list}</source>
        <translation>Ajouter des incidents : {list}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="231"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="232"/>
        <source>Remove from {list}</source>
        <translation>Retirer de : {list}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="263"/>
        <source>The incidents could not be named.</source>
        <translation>Les incidents n’ont pas pu être nommés.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="273"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="276"/>
        <source>(not on this device) {id}</source>
        <translation>(absent de cet appareil) {id}</translation>
    </message>
</context>
<context>
    <name>ConfirmWideningDialog</name>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="39"/>
        <source>Let more people read these records?</source>
        <translation>Permettre à davantage de personnes de lire ces dossiers ?</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="41"/>
        <source>the country team</source>
        <translation>l’équipe de pays</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="42"/>
        <source>the United Nations system</source>
        <translation>le système des Nations Unies</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="43"/>
        <source>trusted partners</source>
        <translation>les partenaires de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="44"/>
        <source>the public</source>
        <translation>le public</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="49"/>
        <source>This change applies to {selected} selected incident(s). It lets {audience} read {count} of them, which they cannot read now.</source>
        <translation>Cette modification porte sur {selected} incident(s) sélectionné(s). Elle permet à {audience} d’en lire {count}, qu’ils ne peuvent pas lire aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="59"/>
        <source>{count} of them have no summary cleared for partners and the public: their narrative is never released; outside the UN they are counted, without an account, until a second user clears a summary.</source>
        <translation>{count} d’entre eux n’ont pas de résumé validé pour les partenaires et le public : leur récit n’est jamais communiqué ; hors de l’ONU, ils sont comptés, sans récit, jusqu’à ce qu’un second utilisateur valide un résumé.</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="67"/>
        <source>What the change does</source>
        <translation>Ce que fait la modification</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="70"/>
        <source>Let {audience} read them</source>
        <translation>Autoriser la lecture par {audience}</translation>
    </message>
</context>
<context>
    <name>CoordinationPanel</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="112"/>
        <source>Task force…</source>
        <translation>Équipe spéciale…</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="113"/>
        <source>Edit the task force</source>
        <translation>Modifier l&apos;équipe spéciale</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="117"/>
        <source>Versions of the consolidated guidance</source>
        <translation>Versions de l&apos;orientation consolidée</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="119"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="120"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="121"/>
        <source>Issued on</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="122"/>
        <source>Issued by</source>
        <translation>Émise par</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="123"/>
        <source>Acknowledged</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="124"/>
        <source>Acknowledged by</source>
        <translation>Accusé par</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="125"/>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="133"/>
        <source>Text of the guidance version</source>
        <translation>Texte de la version de l&apos;orientation</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="134"/>
        <source>Issue new version…</source>
        <translation>Émettre une nouvelle version…</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="136"/>
        <source>Record acknowledgement…</source>
        <translation>Enregistrer l&apos;accusé de réception…</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="142"/>
        <source>&lt;b&gt;Inter-agency task force&lt;/b&gt;</source>
        <translation>&lt;b&gt;Équipe spéciale interinstitutions&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="146"/>
        <source>&lt;b&gt;Consolidated guidance to the RC/HC&lt;/b&gt;</source>
        <translation>&lt;b&gt;Orientation consolidée au CR/CH&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="191"/>
        <source>The task force and guidance could not be loaded.</source>
        <translation>L&apos;équipe spéciale et l&apos;orientation n&apos;ont pas pu être chargées.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="212"/>
        <source>Yes, on {date}</source>
        <translation>Oui, le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="214"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="237"/>
        <source>{user}, on behalf of {rc}</source>
        <translation>{user}, pour le compte de {rc}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="242"/>
        <source>{user}, on the RC office&apos;s own device</source>
        <translation>{user}, sur l&apos;appareil du bureau du CR</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="247"/>
        <source>No task force yet. Set one up with Task force….</source>
        <translation>Pas encore d&apos;équipe spéciale. Créez-en une avec Équipe spéciale….</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="252"/>
        <source>{name} (since {date})</source>
        <translation>{name} (depuis le {date})</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="255"/>
        <source>Members: {members}</source>
        <translation>Membres : {members}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="259"/>
        <source>, appointed on {date}</source>
        <translation>, nommé le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="265"/>
        <source>Situation Response Coordinator: {name} ({entity}){appointed}</source>
        <translation>Coordonnateur de la réponse à la situation : {name} ({entity}){appointed}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="272"/>
        <source>No Situation Response Coordinator appointed.</source>
        <translation>Aucun coordonnateur de la réponse à la situation n&apos;est nommé.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="294"/>
        <source>Acknowledged by {rc} on {date}; recorded by {who}.</source>
        <translation>Accusé par {rc} le {date} ; enregistré par {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="300"/>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets.py" line="330"/>
        <source>YYYY-MM-DD (none)</source>
        <translation>AAAA-MM-JJ (aucune)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="330"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="337"/>
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="338"/>
        <source>{field}: pick in a calendar</source>
        <translation>{field} : choisir dans un calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="342"/>
        <source>{field}: calendar</source>
        <translation>{field} : calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="411"/>
        <source>{field}: a date is needed.</source>
        <translation>{field} : une date est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="417"/>
        <source>{field}: “{text}” is not a date. Write it as YYYY-MM-DD, or pick it in the calendar.</source>
        <translation>{field} : « {text} » n’est pas une date. Écrivez-la sous la forme AAAA-MM-JJ, ou choisissez-la dans le calendrier.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="425"/>
        <source>{field}: {date} is after {latest}.</source>
        <translation>{field} : le {date} est postérieur au {latest}.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="100"/>
        <location filename="../../ui/review_dialog.py" line="119"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="108"/>
        <location filename="../../ui/review_dialog.py" line="120"/>
        <source>UN entity</source>
        <translation>Entité des Nations Unies</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="110"/>
        <location filename="../../ui/review_dialog.py" line="122"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="111"/>
        <source>Make it a strategy action</source>
        <translation>En faire une action de la stratégie</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="112"/>
        <location filename="../../ui/review_dialog.py" line="124"/>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="113"/>
        <location filename="../../ui/review_dialog.py" line="125"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="114"/>
        <location filename="../../ui/review_dialog.py" line="126"/>
        <source>Lead UN entity</source>
        <translation>Entité chef de file des Nations Unies</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="118"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="121"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="167"/>
        <source>Situation: choose the situation the decision is for.</source>
        <translation>Situation : choisissez la situation que concerne la décision.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="170"/>
        <source>Decision: say what was decided.</source>
        <translation>Décision : indiquez ce qui a été décidé.</translation>
    </message>
</context>
<context>
    <name>DecisionStatusDialog</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="187"/>
        <source>Decision status</source>
        <translation>Statut de la décision</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="199"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="200"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="201"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="211"/>
        <source>Why: done, blocked or dropped needs a reason.</source>
        <translation>Pourquoi : une décision exécutée, bloquée ou abandonnée doit être motivée.</translation>
    </message>
</context>
<context>
    <name>DraftsBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Reopen drafts</source>
        <translation>&amp;Rouvrir les brouillons</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Upfront kept %n unsaved draft(s) from an earlier session (for example after a crash or a lock). Reopen them to continue where you stopped.</source>
        <translation>
            <numerusform>Upfront a conservé %n brouillon non enregistré d’une session précédente (par exemple après un plantage ou un verrouillage). Rouvrez-le pour reprendre là où vous vous êtes arrêté.</numerusform>
            <numerusform>Upfront a conservé %n brouillons non enregistrés d’une session précédente (par exemple après un plantage ou un verrouillage). Rouvrez-les pour reprendre là où vous vous êtes arrêté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../ui/engagement_panel.py" line="238"/>
        <location filename="../../ui/engagement_panel.py" line="268"/>
        <source>Engagement</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="238"/>
        <source>New engagement</source>
        <translation>Nouvelle démarche</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="242"/>
        <location filename="../../ui/engagement_panel.py" line="259"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="247"/>
        <source>who from the UN engaged</source>
        <translation>qui, à l&apos;ONU, est intervenu</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="249"/>
        <source>the authority, mission or body met</source>
        <translation>l&apos;autorité, la mission ou l&apos;organe rencontré</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="254"/>
        <location filename="../../ui/engagement_panel.py" line="266"/>
        <source>Follow-up due</source>
        <translation>Suivi attendu le</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="260"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="261"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="262"/>
        <source>UN by</source>
        <translation>Pour l&apos;ONU</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="263"/>
        <source>With whom</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="264"/>
        <source>What was asked</source>
        <translation>Ce qui a été demandé</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="265"/>
        <source>What was answered</source>
        <translation>Ce qui a été répondu</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="267"/>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="310"/>
        <source>{field}: is required.</source>
        <translation>{field} : obligatoire.</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="329"/>
        <source>{field}: {reason}</source>
        <translation>{field} : {reason}</translation>
    </message>
</context>
<context>
    <name>EngagementPanel</name>
    <message>
        <location filename="../../ui/engagement_panel.py" line="66"/>
        <source>Engagement log</source>
        <translation>Journal des démarches</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="68"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="69"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="70"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="71"/>
        <source>UN by</source>
        <translation>Pour l&apos;ONU</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="72"/>
        <source>With whom</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="73"/>
        <source>Follow-up due</source>
        <translation>Suivi attendu le</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="74"/>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="88"/>
        <source>Add engagement…</source>
        <translation>Ajouter une démarche…</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="90"/>
        <source>Edit engagement…</source>
        <translation>Modifier la démarche…</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="135"/>
        <source>The engagement log could not be loaded.</source>
        <translation>Le journal des démarches n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="146"/>
        <source>No engagement recorded yet. Add one with Add engagement….</source>
        <translation>Aucune démarche enregistrée. Ajoutez-en une avec Ajouter une démarche….</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="155"/>
        <source>{date} — overdue</source>
        <translation>{date} — en retard</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="193"/>
        <source>Asked: {asked}
Answered: {answered}</source>
        <translation>Demandé : {asked}
Répondu : {answered}</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="89"/>
        <source>Enrol with HQ</source>
        <translation>Inscription auprès du Siège</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="115"/>
        <source>The address HQ gave you, beginning with https://</source>
        <translation>L’adresse que le Siège vous a donnée, commençant par https://</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="116"/>
        <source>Used once: HQ gives each device its own.</source>
        <translation>Utilisable une seule fois : le Siège en donne un à chaque appareil.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="118"/>
        <source>64 letters and digits (0–9, A–F), as HQ gave them: spaces or colons are fine.</source>
        <translation>64 lettres et chiffres (0–9, A–F), tels que le Siège les a donnés : espaces ou deux-points acceptés.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="120"/>
        <source>How HQ will call this computer.</source>
        <translation>Le nom sous lequel le Siège connaîtra cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="126"/>
        <source>HQ &amp;address</source>
        <translation>&amp;Adresse du Siège</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="129"/>
        <source>&amp;Token</source>
        <translation>&amp;Jeton</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="133"/>
        <source>CA &amp;fingerprint</source>
        <translation>&amp;Empreinte de l’AC</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="137"/>
        <source>Device &amp;name</source>
        <translation>&amp;Nom de l’appareil</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="142"/>
        <location filename="../../ui/enrol_dialog.py" line="433"/>
        <source>Fingerprint of HQ&apos;s CA at this address</source>
        <translation>Empreinte de l’AC du Siège à cette adresse</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="150"/>
        <source>Fingerprint of HQ&apos;s CA</source>
        <translation>Empreinte de l’AC du Siège</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="152"/>
        <source>&amp;Show HQ&apos;s fingerprint</source>
        <translation>&amp;Afficher l’empreinte du Siège</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="163"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="170"/>
        <source>Enrol this device with HQ</source>
        <translation>Inscrire cet appareil auprès du Siège</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="174"/>
        <source>Once enrolled, this device sends its records to HQ and receives those of its team. Type what HQ gave you exactly.</source>
        <translation>Une fois inscrit, cet appareil envoie ses dossiers au Siège et reçoit ceux de son équipe. Saisissez exactement ce que le Siège vous a donné.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="197"/>
        <source>HQ address: is empty. Type the address HQ gave you.</source>
        <translation>Adresse du Siège : vide. Saisissez l’adresse que le Siège vous a donnée.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="202"/>
        <source>HQ address: the port after the colon is not a number.</source>
        <translation>Adresse du Siège : le port après les deux-points n’est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="205"/>
        <location filename="../../ui/enrol_dialog.py" line="393"/>
        <source>HQ address: must begin with https:// followed by HQ&apos;s name, as HQ gave it.</source>
        <translation>Adresse du Siège : doit commencer par https:// suivi du nom du Siège, tel que le Siège l’a donné.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="215"/>
        <location filename="../../ui/enrol_dialog.py" line="395"/>
        <source>Token: is empty. Type the token HQ gave you.</source>
        <translation>Jeton : vide. Saisissez le jeton que le Siège vous a donné.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="219"/>
        <source>CA fingerprint: is empty. Type the fingerprint HQ gave you.</source>
        <translation>Empreinte de l’AC : vide. Saisissez l’empreinte que le Siège vous a donnée.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="224"/>
        <source>CA fingerprint: must have 64 letters and digits (0–9, A–F); {count} typed. Check it against what HQ gave you.</source>
        <translation>Empreinte de l’AC : doit compter 64 lettres et chiffres (0–9, A–F) ; {count} saisis. Comparez-la avec ce que le Siège vous a donné.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="230"/>
        <source>Device name: is empty. Type a name HQ will know it by.</source>
        <translation>Nom de l’appareil : vide. Saisissez un nom sous lequel le Siège le connaîtra.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="264"/>
        <source>Asking HQ for its fingerprint…</source>
        <translation>Demande de son empreinte au Siège…</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="284"/>
        <source>Not enrolled: correct the fields marked above.</source>
        <translation>Non inscrit : corrigez les champs signalés ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="288"/>
        <source>Enrolling with HQ…</source>
        <translation>Inscription auprès du Siège…</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="307"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="313"/>
        <source>Enrolled. HQ registered this device for an analyst ({entity}), for: {scope}. It reads records meant for: {audience}.</source>
        <translation>Inscrit. Le Siège a enregistré cet appareil pour un analyste ({entity}), pour : {scope}. Il lit les dossiers destinés à : {audience}.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="318"/>
        <source>Enrolled. HQ registered this device for team {team} ({entity}). It reads records meant for: {audience}.</source>
        <translation>Inscrit. Le Siège a enregistré cet appareil pour l’équipe {team} ({entity}). Il lit les dossiers destinés à : {audience}.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="340"/>
        <source>Not enrolled.</source>
        <translation>Non inscrit.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="346"/>
        <source>This is a sample store of fictitious records: it cannot enrol with HQ, and nothing was sent. Open your real store to enrol this device.</source>
        <translation>Ceci est un magasin d’exemple aux dossiers fictifs : il ne peut pas s’inscrire auprès du Siège, et rien n’a été envoyé. Ouvrez votre vrai magasin pour inscrire cet appareil.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="358"/>
        <location filename="../../ui/enrol_dialog.py" line="361"/>
        <source>Not enrolled: nothing was stored on this device.</source>
        <translation>Non inscrit : rien n’a été enregistré sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="367"/>
        <source>CA fingerprint: HQ&apos;s CA at this address has another fingerprint, shown below. Read it to HQ by phone. If HQ does not confirm it, do not enrol: the network may not be reaching the real HQ.</source>
        <translation>Empreinte de l’AC : l’AC du Siège à cette adresse a une autre empreinte, affichée ci-dessous. Lisez-la au Siège par téléphone. Si le Siège ne la confirme pas, ne vous inscrivez pas : le réseau n’atteint peut-être pas le vrai Siège.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="372"/>
        <source>Token: HQ does not know this token. Check it for typing mistakes.</source>
        <translation>Jeton : le Siège ne connaît pas ce jeton. Vérifiez qu’il n’y a pas de faute de frappe.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="374"/>
        <source>Token: HQ says it was already used. Ask HQ for a new one.</source>
        <translation>Jeton : le Siège indique qu’il a déjà été utilisé. Demandez-en un nouveau au Siège.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="375"/>
        <source>Token: HQ says it has expired. Ask HQ for a new one.</source>
        <translation>Jeton : le Siège indique qu’il a expiré. Demandez-en un nouveau au Siège.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="377"/>
        <source>HQ address: HQ could not be reached there. Check the address and that this computer is online, then try again.</source>
        <translation>Adresse du Siège : le Siège est injoignable à cette adresse. Vérifiez l’adresse et que cet ordinateur est connecté, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="381"/>
        <source>HQ address: no secure connection could be made with HQ there. Check the address with HQ.</source>
        <translation>Adresse du Siège : aucune connexion sécurisée n’a pu être établie avec le Siège à cette adresse. Vérifiez l’adresse avec le Siège.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="385"/>
        <source>HQ address: the address answers, but not as Upfront HQ. Check it with HQ.</source>
        <translation>Adresse du Siège : l’adresse répond, mais pas comme le Siège d’Upfront. Vérifiez-la avec le Siège.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="397"/>
        <source>CA fingerprint: must have 64 letters and digits (0–9, A–F). Check it against what HQ gave you.</source>
        <translation>Empreinte de l’AC : doit compter 64 lettres et chiffres (0–9, A–F). Comparez-la avec ce que le Siège vous a donné.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="403"/>
        <source>HQ refused to enrol this device. Tell HQ what you typed and when.</source>
        <translation>Le Siège a refusé d’inscrire cet appareil. Indiquez au Siège ce que vous avez saisi et quand.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="417"/>
        <source>Press Show HQ&apos;s fingerprint to see the fingerprint of the CA at this address, and read it to HQ by phone before you enrol.</source>
        <translation>Appuyez sur Afficher l’empreinte du Siège pour voir l’empreinte de l’AC à cette adresse, et lisez-la au Siège par téléphone avant de vous inscrire.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="425"/>
        <source>Fingerprint of HQ&apos;s CA, now trusted</source>
        <translation>Empreinte de l’AC du Siège, désormais approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="428"/>
        <source>This device now trusts only the HQ with this CA. HQ can confirm it by phone, group by group.</source>
        <translation>Cet appareil ne fait désormais confiance qu’au Siège doté de cette AC. Le Siège peut la confirmer par téléphone, groupe par groupe.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="443"/>
        <source>Read these groups to HQ by phone. Enrol only if HQ confirms every one of them.</source>
        <translation>Lisez ces groupes au Siège par téléphone. Ne vous inscrivez que si le Siège les confirme tous.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="448"/>
        <source>It is the fingerprint you typed.</source>
        <translation>C’est l’empreinte que vous avez saisie.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="451"/>
        <source>It is NOT the fingerprint you typed: do not enrol before HQ confirms.</source>
        <translation>Ce n’est PAS l’empreinte que vous avez saisie : ne vous inscrivez pas avant confirmation du Siège.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1090"/>
        <source>What the export leaves out</source>
        <translation>Ce que l&apos;export laisse de côté</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1278"/>
        <source>What the export leaves out could not be counted.</source>
        <translation>Ce que l&apos;export laisse de côté n&apos;a pas pu être compté.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1288"/>
        <source>Of the {total} incident(s) recorded for this period and scope, {included} go into this export.</source>
        <translation>Sur les {total} incidents enregistrés pour cette période et ce périmètre, {included} figurent dans cet export.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1296"/>
        <source>No incident of this period and scope is left out.</source>
        <translation>Aucun incident de cette période et de ce périmètre n&apos;est laissé de côté.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1299"/>
        <source>Left out as drafts, not yet submitted for review: {count}.</source>
        <translation>Laissés de côté comme brouillons, pas encore soumis à examen : {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1301"/>
        <source>Left out as more confidential than this audience: {count}.</source>
        <translation>Laissés de côté car plus confidentiels que ce public : {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1304"/>
        <source>Left out as found false or rejected: {count}.</source>
        <translation>Laissés de côté car jugés faux ou rejetés : {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1078"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1079"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1053"/>
        <location filename="../../ui/exchange_dialogs.py" line="1218"/>
        <source>Export incidents</source>
        <translation>Exporter des incidents</translation>
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
        <translation>Une ligne par incident</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1065"/>
        <source>One row per act of violation</source>
        <translation>Une ligne par acte de violation</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1066"/>
        <source>Counts per week, region and violation type</source>
        <translation>Effectifs par semaine, région et type de violation</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1075"/>
        <source>Limit to dates</source>
        <translation>Limiter à la période du</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1083"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1084"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1085"/>
        <source>(any country)</source>
        <translation>(tous les pays)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1103"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1121"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1125"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1126"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1127"/>
        <source>Audience</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1129"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1130"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="1135"/>
        <source>Only the %n incident(s) selected in the list.</source>
        <translation>
            <numerusform>Seulement l’incident sélectionné dans la liste.</numerusform>
            <numerusform>Seulement les %n incidents sélectionnés dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1168"/>
        <source>Leaves nothing out: every record, drafts included, with every name and place. For the country team only.</source>
        <translation>N’exclut rien : tous les dossiers, brouillons compris, avec tous les noms et tous les lieux. Réservé à l’équipe de pays.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1172"/>
        <source>Leaves out records marked internal, drafts and records found false; the names of protected people, of people whose consent does not reach the UN, of sources, perpetrators and staff.</source>
        <translation>Exclut les dossiers marqués internes, les brouillons et les dossiers jugés faux ; les noms des personnes protégées, des personnes dont le consentement ne s’étend pas aux Nations Unies, des sources, des auteurs et du personnel.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1177"/>
        <source>Counts only, never a row per record: acts of violation per week, region and type, from records cleared for partners (no drafts, no records found false); counts under the report threshold are hidden.</source>
        <translation>Effectifs uniquement, jamais une ligne par dossier : actes de violation par semaine, région et type, tirés des dossiers autorisés pour les partenaires (sans brouillons ni dossiers jugés faux) ; les effectifs sous le seuil du rapport sont masqués.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1183"/>
        <source>Counts only, never a row per record: acts of violation per week, region and type, from records marked public (no drafts, no records found false); counts under the report threshold are hidden.</source>
        <translation>Effectifs uniquement, jamais une ligne par dossier : actes de violation par semaine, région et type, tirés des dossiers marqués publics (sans brouillons ni dossiers jugés faux) ; les effectifs sous le seuil du rapport sont masqués.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1210"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1211"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1212"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1213"/>
        <source>HXL (*.csv)</source>
        <translation>HXL (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1236"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="1331"/>
        <source>Exported %n incident(s) (SHA-256 {digest}).</source>
        <translation>
            <numerusform>%n incident exporté (SHA-256 {digest}).</numerusform>
            <numerusform>%n incidents exportés (SHA-256 {digest}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1341"/>
        <source>The export could not be written.</source>
        <translation>L’exportation n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1239"/>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1326"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée ; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="91"/>
        <source>Set up Upfront</source>
        <translation>Configurer Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="105"/>
        <source>The name colleagues know you by</source>
        <translation>Le nom sous lequel vos collègues vous connaissent</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="122"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="124"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="127"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="127"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Répétez la phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="130"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="131"/>
        <source>Create store</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="135"/>
        <source>Use an &amp;existing data folder…</source>
        <translation>Utiliser un dossier de données &amp;existant…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="139"/>
        <source>Open records that are already kept in a folder on this computer or a shared drive, instead of creating new ones.</source>
        <translation>Ouvrir des dossiers existants, conservés sur cet ordinateur ou sur un lecteur partagé, au lieu d’en créer de nouveaux.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="145"/>
        <source>&amp;Look around with sample data</source>
        <translation>&amp;Découvrir avec des données d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="149"/>
        <source>Open a separate store of fictitious incidents, situations and a strategy, to see every page at work. It is kept apart from your own records and can never be sent to HQ.</source>
        <translation>Ouvre un magasin distinct d&apos;incidents, de situations et d&apos;une stratégie fictifs, pour voir chaque page à l&apos;œuvre. Il est tenu à l&apos;écart de vos propres fiches et ne peut jamais être envoyé au siège.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="166"/>
        <source>Set up Upfront on this computer</source>
        <translation>Configurer Upfront sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="168"/>
        <source>Your records are kept on this computer, encrypted. Choose the name that will appear in the history of your records, and a passphrase: you will enter it each time you open Upfront.</source>
        <translation>Vos dossiers sont conservés chiffrés sur cet ordinateur. Choisissez le nom qui figurera dans l’historique de vos dossiers, et une phrase secrète : vous la saisirez à chaque ouverture d’Upfront.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="204"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="210"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="214"/>
        <source>Printing arrives with the reports work. Until then, copy the key into a safe place or write it down.</source>
        <translation>L’impression arrive avec les travaux sur les rapports. D’ici là, copiez la clé en lieu sûr ou notez-la.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="218"/>
        <source>I have &amp;stored the recovery key safely</source>
        <translation>J’ai &amp;mis la clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="219"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="235"/>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="237"/>
        <source>If you forget your passphrase, this key is the only way to open your records. It is shown only this once. Print it or write it down, and keep it somewhere safe away from this computer: anyone who has both can read the records.</source>
        <translation>Si vous oubliez votre phrase secrète, cette clé est le seul moyen d’ouvrir vos dossiers. Elle n’est affichée qu’une seule fois. Imprimez-la ou notez-la, et gardez-la en lieu sûr, loin de cet ordinateur : quiconque possède les deux peut lire les dossiers.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="303"/>
        <source>Creating the encrypted store…</source>
        <translation>Création du coffre chiffré…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="339"/>
        <source>Choose the existing data folder</source>
        <translation>Choisir le dossier de données existant</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="351"/>
        <source>Looking for a store in that folder…</source>
        <translation>Recherche d’un coffre dans ce dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="364"/>
        <source>There is no Upfront store in this folder. Choose the folder that holds keys.json:
{folder}</source>
        <translation>Il n’y a pas de coffre Upfront dans ce dossier. Choisissez le dossier qui contient keys.json :
{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="390"/>
        <source>Making the sample store…</source>
        <translation>Création du magasin d&apos;exemple…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="418"/>
        <source>Store</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="419"/>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="420"/>
        <source>Created on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="427"/>
        <source>Upfront recovery key</source>
        <translation>Clé de récupération Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="436"/>
        <source>This key opens the encrypted Upfront records on one computer if the passphrase is forgotten. Keep this sheet locked away, separate from the computer. Do not photograph it or send it by e-mail or messenger.</source>
        <translation>Cette clé ouvre les dossiers chiffrés d’Upfront sur un ordinateur si la phrase secrète est oubliée. Gardez cette feuille sous clé, à l’écart de l’ordinateur. Ne la photographiez pas et ne l’envoyez ni par courriel ni par messagerie.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="455"/>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
</context>
<context>
    <name>GuidanceDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="448"/>
        <source>Consolidated guidance, version {n}</source>
        <translation>Orientation consolidée, version {n}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="451"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="452"/>
        <source>Guidance</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="453"/>
        <source>Issued on</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="454"/>
        <source>Issued by</source>
        <translation>Émise par</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="455"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="459"/>
        <source>A new version, begun from the latest: change what changed. Earlier versions stay as they were issued.</source>
        <translation>Une nouvelle version, reprise de la dernière : modifiez ce qui a changé. Les versions antérieures restent telles qu&apos;elles ont été émises.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="463"/>
        <source>The first version of the guidance to the RC/HC.</source>
        <translation>La première version de l&apos;orientation au CR/CH.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="472"/>
        <source>the office or official issuing it</source>
        <translation>le bureau ou le responsable qui l&apos;émet</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="16"/>
        <source>Record created</source>
        <translation>Fiche créée</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="17"/>
        <source>Record deleted</source>
        <translation>Fiche supprimée</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="18"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="19"/>
        <source>Date (from)</source>
        <translation>Date (du)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="20"/>
        <source>Date (to)</source>
        <translation>Date (au)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="21"/>
        <source>Date precision</source>
        <translation>Précision de la date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="22"/>
        <source>Date reported</source>
        <translation>Date de signalement</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="23"/>
        <source>Narrative</source>
        <translation>Récit des faits</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="24"/>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="25"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="26"/>
        <source>Summary for partners and the public</source>
        <translation>Résumé pour les partenaires et le public</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="27"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="28"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="29"/>
        <source>Region ISO code</source>
        <translation>Code ISO de la région</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="30"/>
        <source>Region P-code</source>
        <translation>P-code de la région</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="31"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="32"/>
        <source>District P-code</source>
        <translation>P-code du district</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="33"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="34"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="35"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="36"/>
        <source>Location precision</source>
        <translation>Précision de la localisation</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="37"/>
        <source>Sensitive location</source>
        <translation>Lieu sensible</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="38"/>
        <source>Place not in the gazetteer</source>
        <translation>Lieu absent de la liste des lieux</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="39"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="40"/>
        <source>Reviewer</source>
        <translation>Examiné par</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="41"/>
        <source>Verification date</source>
        <translation>Date de la vérification</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="42"/>
        <source>Credibility</source>
        <translation>Crédibilité</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="43"/>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="44"/>
        <source>Victims</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="45"/>
        <source>Perpetrators</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="46"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="48"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="49"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="50"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="51"/>
        <source>(cleared)</source>
        <translation>(validé)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="52"/>
        <source>Received from HQ</source>
        <translation>Reçu du siège</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.py" line="147"/>
        <source>Reading what needs you today…</source>
        <translation>Lecture de ce qui vous attend aujourd’hui…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="149"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="150"/>
        <source>Read the counts again</source>
        <translation>Relire les décomptes</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="159"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="171"/>
        <source>What needs you today</source>
        <translation>Ce qui vous attend aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="180"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="187"/>
        <source>Show my drafts</source>
        <translation>Afficher mes brouillons</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="188"/>
        <source>Show all drafts</source>
        <translation>Afficher tous les brouillons</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="189"/>
        <source>Show the records waiting for my review</source>
        <translation>Afficher les fiches qui attendent mon examen</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="190"/>
        <source>Show my records that came back from review</source>
        <translation>Afficher mes fiches renvoyées après examen</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="191"/>
        <source>Show the strategies board (overdue actions)</source>
        <translation>Afficher le tableau des stratégies (actions en retard)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="192"/>
        <source>Show the strategies board (blocked actions)</source>
        <translation>Afficher le tableau des stratégies (actions bloquées)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="193"/>
        <source>Show the situations of concern (late decisions)</source>
        <translation>Afficher les situations préoccupantes (décisions en retard)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="194"/>
        <source>Show the situations of concern</source>
        <translation>Afficher les situations préoccupantes</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="195"/>
        <source>Show the sync conflicts to merge</source>
        <translation>Afficher les conflits de synchronisation à fusionner</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="196"/>
        <source>Show the Sync page</source>
        <translation>Afficher la page Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="241"/>
        <source>Hello, {user}. Today is {date}.</source>
        <translation>Bonjour, {user}. Nous sommes le {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="264"/>
        <source>Here is what needs you today.</source>
        <translation>Voici ce qui vous attend aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="266"/>
        <source>Nothing needs you today.</source>
        <translation>Rien ne vous attend aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="274"/>
        <source>New deterioration signals, raised in the last {days} days</source>
        <translation>Nouveaux signaux de dégradation, apparus ces {days} derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="276"/>
        <source>No new deterioration signal in the last {days} days</source>
        <translation>Aucun nouveau signal de dégradation ces {days} derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="279"/>
        <source>{count} flagged in all</source>
        <translation>{count} signalés en tout</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="283"/>
        <source>My drafts to finish</source>
        <translation>Mes brouillons à terminer</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="283"/>
        <source>No drafts to finish</source>
        <translation>Aucun brouillon à terminer</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="287"/>
        <source>Drafts on this device, everyone&apos;s</source>
        <translation>Brouillons sur cet appareil, de tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="289"/>
        <source>No drafts on this device</source>
        <translation>Aucun brouillon sur cet appareil</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="293"/>
        <source>Records waiting for my review</source>
        <translation>Fiches en attente de mon examen</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="295"/>
        <source>No records waiting for my review</source>
        <translation>Aucune fiche en attente de mon examen</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="299"/>
        <source>Records I submitted that came back with a reviewer&apos;s comment</source>
        <translation>Fiches que j’ai soumises, renvoyées avec un commentaire de l’examinateur</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="301"/>
        <source>None of my submitted records came back</source>
        <translation>Aucune des fiches que j’ai soumises n’a été renvoyée</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="305"/>
        <source>Strategy actions past their due date</source>
        <translation>Actions de stratégie dont l’échéance est passée</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="307"/>
        <source>No strategy action is overdue</source>
        <translation>Aucune action de stratégie en retard</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="311"/>
        <source>Strategy actions blocked</source>
        <translation>Actions de stratégie bloquées</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="313"/>
        <source>No strategy action is blocked</source>
        <translation>Aucune action de stratégie bloquée</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="317"/>
        <source>Decisions of the quarterly review past their due date</source>
        <translation>Décisions de l&apos;examen trimestriel dont l&apos;échéance est passée</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="319"/>
        <source>No decision of the quarterly review is late</source>
        <translation>Aucune décision de l&apos;examen trimestriel n&apos;est en retard</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="324"/>
        <source>Sync conflicts to merge</source>
        <translation>Conflits de synchronisation à fusionner</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="326"/>
        <source>No sync conflicts to merge</source>
        <translation>Aucun conflit de synchronisation à fusionner</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="333"/>
        <source>Not set up to sync with HQ</source>
        <translation>Synchronisation avec le siège non configurée</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="335"/>
        <source>Changes waiting to go to HQ</source>
        <translation>Modifications en attente d’envoi au siège</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="337"/>
        <source>Nothing waiting to go to HQ</source>
        <translation>Rien en attente d’envoi au siège</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="342"/>
        <source>last synced {when}</source>
        <translation>dernière synchronisation le {when}</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="344"/>
        <source>never synced yet</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="347"/>
        <source>last problem: {problem}</source>
        <translation>dernier problème : {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="355"/>
        <source>The counts could not be read.</source>
        <translation>Les décomptes n’ont pas pu être lus.</translation>
    </message>
</context>
<context>
    <name>HorizonPage</name>
    <message>
        <location filename="../../ui/horizon_page.py" line="95"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="96"/>
        <source>The scan&apos;s last day: its last four weeks end here</source>
        <translation>Dernier jour de l&apos;analyse : ses quatre dernières semaines se terminent ici</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="97"/>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="104"/>
        <source>Standard of proof</source>
        <translation>Degré de preuve</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="110"/>
        <source>Standard of &amp;proof</source>
        <translation>&amp;Degré de preuve</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="112"/>
        <source>&amp;Scan</source>
        <translation>&amp;Analyser</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="114"/>
        <source>Test every region and country the records name for a recent rise</source>
        <translation>Rechercher une hausse récente dans chaque région et chaque pays que citent les fiches</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="121"/>
        <source>Scan in progress</source>
        <translation>Analyse en cours</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="137"/>
        <source>Press Scan to test every region and country the records name for a recent rise, including places no situation of concern covers yet.</source>
        <translation>Appuyez sur Analyser pour rechercher une hausse récente dans chaque région et chaque pays que citent les fiches, y compris les lieux qu&apos;aucune situation préoccupante ne couvre encore.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="149"/>
        <source>How is this ranked?</source>
        <translation>Comment ce classement est-il établi ?</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="162"/>
        <source>Places flagged by the scan, ranked</source>
        <translation>Lieux signalés par l&apos;analyse, classés</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="165"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="166"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="167"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="168"/>
        <location filename="../../ui/horizon_page.py" line="490"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="169"/>
        <source>Strongest signal</source>
        <translation>Signal le plus fort</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="170"/>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="171"/>
        <source>Ratio</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="172"/>
        <source>Adjusted p</source>
        <translation>p ajusté</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="173"/>
        <source>At standard</source>
        <translation>Au degré</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="174"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="178"/>
        <source>Not flagged by the previous scan</source>
        <translation>Non signalé par l&apos;analyse précédente</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="180"/>
        <source>Acts a week in the last four weeks / a week in the 26 weeks before them</source>
        <translation>Actes par semaine au cours des quatre dernières semaines / par semaine au cours des 26 semaines précédentes</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="182"/>
        <source>How many times the weekly rate before: the rate ratio</source>
        <translation>Combien de fois le rythme hebdomadaire d&apos;avant : le rapport des taux</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="184"/>
        <source>The chance of a rise this large by chance alone, corrected for the many places and types tested at once (Benjamini-Hochberg)</source>
        <translation>La probabilité d&apos;une hausse aussi forte par le seul hasard, corrigée pour les nombreux lieux et types testés à la fois (Benjamini-Hochberg)</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="188"/>
        <source>Acts at or above the standard of proof in the last four weeks, and whether the rise is seen in them alone</source>
        <translation>Actes au degré de preuve ou au-dessus au cours des quatre dernières semaines, et si la hausse se voit dans ces seuls actes</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="191"/>
        <source>The situations of concern that take in the place&apos;s acts</source>
        <translation>Les situations préoccupantes qui englobent les actes de ce lieu</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="216"/>
        <source>The place chosen: signals, risk and figures</source>
        <translation>Le lieu choisi : signaux, risques et chiffres</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="218"/>
        <source>P&amp;ropose a situation…</source>
        <translation>&amp;Proposer une situation…</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="220"/>
        <source>A new situation of concern with this place, period and violation types</source>
        <translation>Une nouvelle situation préoccupante avec ce lieu, cette période et ces types de violation</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="223"/>
        <source>&amp;Open situation</source>
        <translation>&amp;Ouvrir la situation</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="224"/>
        <source>Show the situation that covers this place</source>
        <translation>Afficher la situation qui couvre ce lieu</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="268"/>
        <source>The test: for every admin 1 region and every country, each violation type and all types together, the acts of the last {recent} weeks are compared with the {baseline} weeks before. A place is flagged when its rise is too large to be chance once corrected for the many places and types tested at once (Benjamini-Hochberg, false discovery rate {q}), with a rate at least {ratio} times the one before and at least {least} recent acts.</source>
        <translation>Le test : pour chaque région de niveau 1 et chaque pays, chaque type de violation et tous les types ensemble, les actes des {recent} dernières semaines sont comparés aux {baseline} semaines précédentes. Un lieu est signalé quand sa hausse est trop forte pour être due au hasard, après correction pour les nombreux lieux et types testés à la fois (Benjamini-Hochberg, taux de fausses découvertes {q}), avec un rythme au moins {ratio} fois celui d&apos;avant et au moins {least} actes récents.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="283"/>
        <source>The rank: first the places whose rise is seen in the acts at or above the chosen standard of proof alone (at least {least} such acts in the last {recent} weeks, at least {ratio} times the rate before), then the others. Within each, by adjusted p (smallest first), then by ratio (largest first), then by acts at or above the standard in the last {recent} weeks (most first). A place&apos;s strongest signal is the one that ranks it.</source>
        <translation>Le classement : d&apos;abord les lieux dont la hausse se voit dans les seuls actes au degré de preuve choisi ou au-dessus (au moins {least} tels actes au cours des {recent} dernières semaines, au moins {ratio} fois le rythme d&apos;avant), puis les autres. Dans chaque groupe, par p ajusté (le plus petit d&apos;abord), puis par rapport (le plus grand d&apos;abord), puis par actes au degré ou au-dessus au cours des {recent} dernières semaines (le plus grand nombre d&apos;abord). C&apos;est le signal le plus fort d&apos;un lieu qui le classe.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="298"/>
        <source>All types</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="307"/>
        <location filename="../../ui/horizon_page.py" line="329"/>
        <source>the device&apos;s own records</source>
        <translation>les fiches de cet appareil</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="312"/>
        <source>HQ&apos;s weekly counts over all of the scope&apos;s records ({countries}, as of {day}; small weeks suppressed, counted so that they can only make a rise harder to flag)</source>
        <translation>les décomptes hebdomadaires du Siège sur tous les dossiers du périmètre ({countries}, au {day} ; petites semaines masquées, comptées de façon à ne pouvoir que rendre une hausse plus difficile à signaler)</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="320"/>
        <source>and the device&apos;s own records elsewhere</source>
        <translation>et les dossiers de l&apos;appareil ailleurs</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="327"/>
        <source>HQ&apos;s weekly counts</source>
        <translation>décomptes hebdomadaires du Siège</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="334"/>
        <source>{place} (country)</source>
        <translation>{place} (pays)</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="335"/>
        <source>{place} (region)</source>
        <translation>{place} (région)</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="339"/>
        <source>from none</source>
        <translation>à partir de zéro</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="341"/>
        <source>at least {ratio}×</source>
        <translation>au moins {ratio}×</translation>
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
        <translation>En partie : {situations}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="361"/>
        <source>No situation</source>
        <translation>Aucune situation</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="389"/>
        <source>Scanning…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="417"/>
        <source>The scan could not be run.</source>
        <translation>L&apos;analyse n&apos;a pas pu être effectuée.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="427"/>
        <source>The records have changed since this scan: scan again.</source>
        <translation>Les fiches ont changé depuis cette analyse : relancez-la.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="433"/>
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n région</numerusform>
            <numerusform>%n régions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="434"/>
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n pays</numerusform>
            <numerusform>%n pays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="435"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n série</numerusform>
            <numerusform>%n séries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="436"/>
        <source>%n place(s) flagged</source>
        <translation>
            <numerusform>%n lieu signalé</numerusform>
            <numerusform>%n lieux signalés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="440"/>
        <source>Scan as of {date}, on {data}: {regions} and {countries} tested, {series} in all; {flagged}.</source>
        <translation>Analyse au {date}, sur {data} : {regions} et {countries} testés, {series} en tout ; {flagged}.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="452"/>
        <source>The last {recent} weeks ({recent_from} to {recent_to}) against the {baseline} weeks before; acts counted apart at {standard} or above.</source>
        <translation>Les {recent} dernières semaines (du {recent_from} au {recent_to}) face aux {baseline} semaines précédentes ; actes comptés à part au degré « {standard} » ou au-dessus.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="462"/>
        <source>Previous scan: as of {date}. New: not flagged by it.</source>
        <translation>Analyse précédente : au {date}. Nouveau : non signalé par elle.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="466"/>
        <source>No previous scan: every place flagged is new.</source>
        <translation>Aucune analyse précédente : chaque lieu signalé est nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="472"/>
        <source>Nothing flagged.</source>
        <translation>Rien n&apos;est signalé.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="494"/>
        <source>{recent} / {before}</source>
        <translation>{recent} / {before}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="507"/>
        <source>{count}, rise seen</source>
        <translation>{count}, hausse visible</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="509"/>
        <source>{count}, no rise</source>
        <translation>{count}, pas de hausse</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="535"/>
        <source>Rank {rank}: {place}, {country}; {situation}</source>
        <translation>Rang {rank} : {place}, {country} ; {situation}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="580"/>
        <source>{rank}. {place}, {country}</source>
        <translation>{rank}. {place}, {country}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="594"/>
        <source>Signals flagged</source>
        <translation>Signaux relevés</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="600"/>
        <source>{type}: {recent} acts in the last four weeks ({rate} a week) against {before} a week before, {ratio}; adjusted p {p}. At the standard or above: {count} recent acts, {rise}.</source>
        <translation>{type} : {recent} actes au cours des quatre dernières semaines ({rate} par semaine) contre {before} par semaine avant, {ratio} ; p ajusté {p}. Au degré de preuve ou au-dessus : {count} actes récents, {rise}.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="611"/>
        <source>the rise is seen in them</source>
        <translation>la hausse s&apos;y voit</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="613"/>
        <source>the rise is not seen in them alone</source>
        <translation>la hausse ne se voit pas dans ces seuls actes</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="617"/>
        <source>Covered by {situations}.</source>
        <translation>Couvert par {situations}.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="622"/>
        <source>Partly covered by {situations}.</source>
        <translation>Couvert en partie par {situations}.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="626"/>
        <source>No situation covers it.</source>
        <translation>Aucune situation ne le couvre.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="629"/>
        <source>HQ suppressed a small week of it: counted as the least it can be in the last four weeks and the most before, so the rise is at least as shown.</source>
        <translation>Le Siège a masqué une de ses semaines à faible effectif : comptée au plus bas possible dans les quatre dernières semaines et au plus haut avant, la hausse est donc au moins celle indiquée.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="632"/>
        <source>New.</source>
        <translation>Nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="636"/>
        <source>Risk factors that changed</source>
        <translation>Facteurs de risque qui ont changé</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="643"/>
        <source>{factor}: {level}, {trend}</source>
        <translation>{factor} : {level}, {trend}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="646"/>
        <source>worsening</source>
        <translation>en aggravation</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="648"/>
        <source>improving</source>
        <translation>en amélioration</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="653"/>
        <source>{situation}, assessed on {date}: {changes}</source>
        <translation>{situation}, évaluée le {date} : {changes}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="663"/>
        <source>No assessment of a situation here records a change.</source>
        <translation>Aucune évaluation d&apos;une situation ici ne relève de changement.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="668"/>
        <source>Humanitarian figures</source>
        <translation>Chiffres humanitaires</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="673"/>
        <source>Data: {source}</source>
        <translation>Données : {source}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="697"/>
        <source>{place}: deterioration from {date}</source>
        <translation>{place} : dégradation depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="723"/>
        <source>Situation saved. Scan again to see which places it covers.</source>
        <translation>Situation enregistrée. Relancez l&apos;analyse pour voir quels lieux elle couvre.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="876"/>
        <source>Import incidents</source>
        <translation>Importer des incidents</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="913"/>
        <source>Stop the import?</source>
        <translation>Arrêter l’importation ?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="915"/>
        <source>Nothing has been imported yet. The file and the choices made so far will be lost.</source>
        <translation>Rien n’a encore été importé. Le fichier et les choix faits jusqu’ici seront perdus.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="919"/>
        <source>Stop the import</source>
        <translation>Arrêter l’importation</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="920"/>
        <source>Go on importing</source>
        <translation>Continuer l’importation</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="993"/>
        <source>Incident id</source>
        <translation>Identifiant de l’incident</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="994"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="995"/>
        <source>Date (from)</source>
        <translation>Date (du)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="996"/>
        <source>Date (to)</source>
        <translation>Date (au)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="997"/>
        <source>Date precision</source>
        <translation>Précision de la date</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="998"/>
        <source>Date reported</source>
        <translation>Date de signalement</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="999"/>
        <source>Narrative</source>
        <translation>Récit des faits</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1000"/>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1001"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1002"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1003"/>
        <source>Region (admin 1)</source>
        <translation>Région (niveau admin. 1)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1004"/>
        <source>Region P-code (admin 1)</source>
        <translation>P-code de la région (admin 1)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1005"/>
        <source>District (admin 2)</source>
        <translation>District (niveau admin. 2)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1006"/>
        <source>District P-code (admin 2)</source>
        <translation>P-code du district (admin 2)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1007"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1008"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1009"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1010"/>
        <source>GPS point</source>
        <translation>Point GPS</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1011"/>
        <source>Location precision</source>
        <translation>Précision de la localisation</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1012"/>
        <source>Sensitive location</source>
        <translation>Lieu sensible</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1013"/>
        <source>Place not in the gazetteer</source>
        <translation>Lieu absent de la liste des lieux</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1014"/>
        <source>Verification status</source>
        <translation>Statut de la vérification</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1015"/>
        <source>Credibility</source>
        <translation>Crédibilité</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1016"/>
        <source>Reviewer</source>
        <translation>Examiné par</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1017"/>
        <source>Verification date</source>
        <translation>Date de la vérification</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1018"/>
        <source>Violation type</source>
        <translation>Type de violation</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1019"/>
        <source>Victims (count)</source>
        <translation>Victimes (nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1020"/>
        <source>Killed (count)</source>
        <translation>Tués (nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1021"/>
        <source>Injured (count)</source>
        <translation>Blessés (nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1022"/>
        <source>Perpetrator category</source>
        <translation>Catégorie d’auteur</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1023"/>
        <source>Source type</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1024"/>
        <source>Source&apos;s connection</source>
        <translation>Lien de la source avec les faits</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1025"/>
        <source>Source reliability</source>
        <translation>Fiabilité de la source</translation>
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
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="166"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="270"/>
        <location filename="../../ui/incident_editor/editor.py" line="311"/>
        <location filename="../../ui/incident_editor/editor.py" line="318"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="279"/>
        <source>Overview &amp;&amp; location</source>
        <translation>Aperçu et localisation</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="289"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="291"/>
        <source>Occurred from</source>
        <translation>Début des faits</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="296"/>
        <source>Occurred to</source>
        <translation>Fin des faits</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="303"/>
        <source>Date reported</source>
        <translation>Date de signalement</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="310"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="317"/>
        <source>Region (admin 1)</source>
        <translation>Région (niveau admin. 1)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="326"/>
        <source>District (admin 2)</source>
        <translation>District (niveau admin. 2)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="345"/>
        <source>Place</source>
        <translation>Lieu</translation>
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
        <translation>Précision de la localisation</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="386"/>
        <location filename="../../ui/incident_editor/editor.py" line="389"/>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="392"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="397"/>
        <source>Narrative</source>
        <translation>Récit des faits</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="455"/>
        <source>Victims</source>
        <translation>Nombre de victimes</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="458"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="461"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="477"/>
        <source>Violation {number}</source>
        <translation>Violation {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="478"/>
        <source>Add violation</source>
        <translation>Ajouter une violation</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="485"/>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="487"/>
        <source>Show the protected name; the reveal is recorded in the audit log</source>
        <translation>Afficher le nom protégé ; l’affichage est consigné dans le journal d’audit</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="491"/>
        <location filename="../../ui/incident_editor/editor.py" line="549"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="493"/>
        <source>Reveal name</source>
        <translation>Afficher le nom</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="496"/>
        <source>V&amp;ictims</source>
        <translation>V&amp;ictimes</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="500"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="446"/>
        <location filename="../../ui/incident_editor/editor.py" line="501"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="152"/>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="323"/>
        <source>Region P-code (admin 1)</source>
        <translation>P-code de la région (admin 1)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="329"/>
        <source>District P-code (admin 2)</source>
        <translation>P-code du district (admin 2)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="334"/>
        <source>Region or district not in the list (keep as typed)</source>
        <translation>Région ou district absent de la liste (garder tel que saisi)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="340"/>
        <source>Regions and districts are checked against OCHA&apos;s list of P-codes. Tick this only for a place the list does not have: it is kept as typed, without a code, and listed with the records to resolve later.</source>
        <translation>Les régions et districts sont vérifiés dans la liste des P-codes d’OCHA. Ne cochez cette case que pour un lieu que la liste ne contient pas : il est gardé tel que saisi, sans code, et listé avec les fiches à résoudre plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="348"/>
        <source>The place names a protected victim of this record: if it is their home, a shelter or a safe house, mark it sensitive.</source>
        <translation>Le lieu nomme une victime protégée de cette fiche : s’il s’agit de son domicile, d’un foyer d’accueil ou d’une maison sûre, marquez-le comme sensible.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="359"/>
        <source>Sensitive location (a home, shelter, safe house)</source>
        <translation>Lieu sensible (domicile, foyer d’accueil, maison sûre)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="366"/>
        <source>Outside the team, a sensitive location is shown only as its region and district.</source>
        <translation>En dehors de l’équipe, un lieu sensible n’apparaît que par sa région et son district.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="403"/>
        <source>Written for partners and the public; reports outside the UN print this, never the narrative</source>
        <translation>Rédigé pour les partenaires et le public ; les rapports destinés à l’extérieur de l’ONU impriment ce texte, jamais le récit</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="410"/>
        <source>Summary for partners and the public</source>
        <translation>Résumé pour les partenaires et le public</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="418"/>
        <source>Clearance of the summary</source>
        <translation>Validation du résumé</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="419"/>
        <source>Clear for release</source>
        <translation>Valider pour diffusion</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="447"/>
        <location filename="../../ui/incident_editor/editor.py" line="502"/>
        <source>Age group</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="448"/>
        <source>Number of victims</source>
        <translation>Nombre de victimes</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="466"/>
        <source>Count {number}</source>
        <translation>Décompte {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="467"/>
        <source>Add count</source>
        <translation>Ajouter un décompte</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="472"/>
        <source>Victims by sex and age</source>
        <translation>Victimes par sexe et âge</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="505"/>
        <source>not given</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="506"/>
        <source>Group size</source>
        <translation>Taille du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="516"/>
        <location filename="../../ui/incident_editor/editor.py" line="584"/>
        <source>Protected</source>
        <translation>Protégé</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="517"/>
        <location filename="../../ui/incident_editor/editor.py" line="585"/>
        <source>Withhold the name on screens and exports</source>
        <translation>Masquer le nom à l’écran et dans les exportations</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="519"/>
        <location filename="../../ui/incident_editor/editor.py" line="587"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="520"/>
        <location filename="../../ui/incident_editor/editor.py" line="588"/>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="525"/>
        <source>Victim {number}</source>
        <translation>Victime {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="526"/>
        <source>Add victim</source>
        <translation>Ajouter une victime</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="539"/>
        <source>&amp;Perpetrators</source>
        <translation>&amp;Auteurs</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="544"/>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="545"/>
        <source>Degree</source>
        <translation>Degré</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="548"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="554"/>
        <source>Involvement {number}</source>
        <translation>Implication {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="555"/>
        <source>Add involvement</source>
        <translation>Ajouter une implication</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="560"/>
        <source>Involvement</source>
        <translation>Implication</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="565"/>
        <source>Perpetrator {number}</source>
        <translation>Auteur {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="566"/>
        <source>Add perpetrator</source>
        <translation>Ajouter un auteur</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="573"/>
        <source>S&amp;ources &amp;&amp; verification</source>
        <translation>S&amp;ources et vérification</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="578"/>
        <source>Connection</source>
        <translation>Lien avec les faits</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="580"/>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="589"/>
        <source>Information given on</source>
        <translation>Information donnée le</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="592"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="597"/>
        <source>Source {number}</source>
        <translation>Source {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="598"/>
        <source>Add source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="605"/>
        <source>&lt;b&gt;Verification&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vérification&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="609"/>
        <location filename="../../ui/incident_editor/editor.py" line="612"/>
        <source>Standard of proof</source>
        <translation>Critère de preuve</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="617"/>
        <location filename="../../ui/incident_editor/editor.py" line="620"/>
        <source>Credibility</source>
        <translation>Crédibilité</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="622"/>
        <source>Reviewer</source>
        <translation>Examiné par</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="626"/>
        <source>Date reviewed</source>
        <translation>Date de l’examen</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="633"/>
        <source>&amp;Attachments</source>
        <translation>&amp;Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="637"/>
        <source>Save the incident to add attachments. Files can also be dropped here.</source>
        <translation>Enregistrez l’incident pour ajouter des pièces jointes. Vous pouvez aussi déposer des fichiers ici.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="645"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="647"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="648"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="649"/>
        <source>Captured by</source>
        <translation>Recueilli par</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="650"/>
        <source>Captured at</source>
        <translation>Recueilli le</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="653"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="658"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="660"/>
        <source>View</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="662"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="678"/>
        <source>Chain of custody of the selected file</source>
        <translation>Chaîne de possession du fichier sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="682"/>
        <source>Chain of custody</source>
        <translation>Chaîne de possession</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="686"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>Old</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>New</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="691"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="712"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="715"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="720"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="722"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="724"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="733"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="740"/>
        <source>&amp;Add attachment…</source>
        <translation>&amp;Ajouter une pièce jointe…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="742"/>
        <source>&amp;View attachment</source>
        <translation>A&amp;fficher la pièce jointe</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="744"/>
        <source>&amp;Export attachment…</source>
        <translation>&amp;Exporter la pièce jointe…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="748"/>
        <source>A&amp;ttachments</source>
        <translation>Pièces &amp;jointes</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="756"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="766"/>
        <source>UN</source>
        <translation>ONU</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="770"/>
        <source>Read-only: this record is the view HQ sends to {audience} readers, with names withheld and places coarsened. It cannot be changed on this device; the team that holds the record can change it.</source>
        <translation>Lecture seule : cette fiche est la vue que le siège envoie aux lecteurs {audience}, noms masqués et lieux généralisés. Elle ne peut pas être modifiée sur cet appareil ; l’équipe qui détient la fiche peut la modifier.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="63"/>
        <source>Returned by {by} on {date}: {comment} Submit it again when done.</source>
        <translation>Renvoyé par {by} le {date} : {comment} Soumettez-le à nouveau une fois terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="70"/>
        <source>Waiting for review by {user}.</source>
        <translation>En attente d’examen par {user}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="72"/>
        <source>Waiting for review by any reviewer of the team.</source>
        <translation>En attente d’examen par tout examinateur de l’équipe.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="76"/>
        <source>Approved on {date} by its author alone (single-user office).</source>
        <translation>Approuvé le {date} par son seul auteur (bureau à un seul utilisateur).</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="178"/>
        <source>Remove violation</source>
        <translation>Supprimer la violation</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="205"/>
        <source>(no type)</source>
        <translation>(sans type)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="69"/>
        <source>Changed: once saved, the new text needs clearing again</source>
        <translation>Modifié : une fois enregistré, le nouveau texte devra être validé à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="73"/>
        <location filename="../../ui/incident_editor/summary.py" line="81"/>
        <source>Not cleared</source>
        <translation>Non validé</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="76"/>
        <source>No summary: reports outside the UN print nothing for this incident</source>
        <translation>Aucun résumé : les rapports destinés à l’extérieur de l’ONU n’impriment rien pour cet incident</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="84"/>
        <source>Cleared by the author alone (single-user office) on {when}</source>
        <translation>Validé par son seul auteur (bureau à un seul utilisateur) le {when}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="91"/>
        <source>Cleared by {user} on {when}</source>
        <translation>Validé par {user} le {when}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="98"/>
        <source>Save the incident first.</source>
        <translation>Enregistrez d’abord l’incident.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="100"/>
        <source>There is no summary to clear.</source>
        <translation>Il n’y a aucun résumé à valider.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="102"/>
        <source>Sign in as a user to clear the summary.</source>
        <translation>Connectez-vous en tant qu’utilisateur pour valider le résumé.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="106"/>
        <source>A user other than its author clears the summary.</source>
        <translation>Le résumé est validé par un autre utilisateur que son auteur.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="110"/>
        <source>The summary is cleared.</source>
        <translation>Le résumé est validé.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="809"/>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="810"/>
        <source>{title}[*] – Upfront</source>
        <translation>{title}[*] – Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="61"/>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Une erreur s’est produite ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="133"/>
        <source>Saved at {time}.</source>
        <translation>Enregistré à {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="200"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="201"/>
        <source>This incident has changes that are not saved.</source>
        <translation>Cet incident comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="135"/>
        <source>Add files with Add… or drop them here. They are kept inside the encrypted store.</source>
        <translation>Ajoutez des fichiers avec Ajouter… ou déposez-les ici. Ils sont conservés dans le coffre chiffré.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="156"/>
        <source>Save the incident before adding attachments.</source>
        <translation>Enregistrez l’incident avant d’ajouter des pièces jointes.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="162"/>
        <source>Add attachments</source>
        <translation>Ajouter des pièces jointes</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="87"/>
        <source>{filename} cannot be shown inside Upfront without writing it to disk; use Export.</source>
        <translation>{filename} ne peut pas être affiché dans Upfront sans être écrit sur le disque ; utilisez Exporter.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="257"/>
        <source>Export attachment</source>
        <translation>Exporter la pièce jointe</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="664"/>
        <source>Writes a copy without the file&apos;s metadata (place, time, device)</source>
        <translation>Écrit une copie sans les métadonnées du fichier (lieu, heure, appareil)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="667"/>
        <source>Export original…</source>
        <translation>Exporter l&apos;original…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="746"/>
        <source>Export &amp;original attachment…</source>
        <translation>Exporter l&apos;&amp;original de la pièce jointe…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="238"/>
        <source>Export original</source>
        <translation>Exporter l&apos;original</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="239"/>
        <source>The original keeps its metadata: it may hold the place (GPS position), the time and the device it was made with. Export the original only for an evidence handover; the chain of custody records it.</source>
        <translation>L&apos;original conserve ses métadonnées : elles peuvent indiquer le lieu (position GPS), l&apos;heure et l&apos;appareil avec lequel il a été fait. N&apos;exportez l&apos;original que pour une remise de preuves ; la chaîne de possession l&apos;enregistre.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="271"/>
        <source>{filename} was exported as the original, with its metadata.</source>
        <translation>{filename} a été exporté en original, avec ses métadonnées.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="275"/>
        <source>{filename} was exported without its metadata (place, time, device); the original stays unchanged in the store.</source>
        <translation>{filename} a été exporté sans ses métadonnées (lieu, heure, appareil) ; l&apos;original reste inchangé dans le coffre.</translation>
    </message>
</context>
<context>
    <name>IncidentListView</name>
    <message>
        <location filename="../../ui/incident_list.py" line="196"/>
        <source>Loading incidents…</source>
        <translation>Chargement des incidents…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="319"/>
        <source>Search title, narrative, places</source>
        <translation>Rechercher dans les titres, récits et lieux</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="320"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="324"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="325"/>
        <source>Filter from a date</source>
        <translation>Filtrer à partir d’une date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="326"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="327"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="328"/>
        <source>Filter up to a date</source>
        <translation>Filtrer jusqu’à une date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="329"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="332"/>
        <source>All violations</source>
        <translation>Toutes les violations</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="332"/>
        <source>Violation type</source>
        <translation>Type de violation</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="335"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="338"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="352"/>
        <source>Region (admin 1)</source>
        <translation>Région (niveau admin. 1)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="360"/>
        <source>Any verification</source>
        <translation>Toute vérification</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="360"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="363"/>
        <source>Any confidentiality</source>
        <translation>Toute confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="363"/>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="365"/>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="365"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="367"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="368"/>
        <location filename="../../ui/incident_list.py" line="377"/>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="371"/>
        <source>New incident ({shortcut})</source>
        <translation>Nouvel incident ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="383"/>
        <source>Number of incidents</source>
        <translation>Nombre d’incidents</translation>
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
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="433"/>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="434"/>
        <source>Veri&amp;fication</source>
        <translation>Vérificat&amp;ion</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="435"/>
        <source>Confi&amp;dentiality</source>
        <translation>&amp;Confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="436"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="443"/>
        <source>&amp;Search</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="460"/>
        <source>Sa&amp;ved filters</source>
        <translation>Filtres en&amp;registrés</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="495"/>
        <location filename="../../ui/incident_list.py" line="499"/>
        <source>Change selected…</source>
        <translation>Modifier la sélection…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="497"/>
        <location filename="../../ui/incident_list.py" line="501"/>
        <source>Export selected…</source>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="503"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="514"/>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="516"/>
        <source>Save filters…</source>
        <translation>Enregistrer les filtres…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="518"/>
        <source>Delete saved filter</source>
        <translation>Supprimer le filtre enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="630"/>
        <source>All incidents</source>
        <translation>Tous les incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="631"/>
        <source>My drafts</source>
        <translation>Mes brouillons</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="632"/>
        <source>To review (submitted)</source>
        <translation>À examiner (soumis)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="635"/>
        <source>Situation: {name}</source>
        <translation>Situation : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="764"/>
        <source>Several countries hold “{text}”: choose one in the list. The country filter is still {country}.</source>
        <translation>Plusieurs pays contiennent « {text} » : choisissez-en un dans la liste. Le filtre de pays reste {country}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="769"/>
        <source>No country matches “{text}”; the country filter is still {country}.</source>
        <translation>Aucun pays ne correspond à « {text} » ; le filtre de pays reste {country}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="778"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
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
        <translation>Impossible de lire les incidents : {reason}</translation>
    </message>
</context>
<context>
    <name>IncidentPicker</name>
    <message>
        <location filename="../../ui/incident_picker.py" line="77"/>
        <source>Choose incidents</source>
        <translation>Choisir des incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="80"/>
        <source>Search incidents</source>
        <translation>Rechercher des incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="81"/>
        <source>Words in the title, narrative or place</source>
        <translation>Mots du titre, du récit ou du lieu</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="83"/>
        <source>Only the situation&apos;s country, regions and period</source>
        <translation>Seulement le pays, les régions et la période de la situation</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="86"/>
        <source>Incidents found</source>
        <translation>Incidents trouvés</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="94"/>
        <source>Add ticked</source>
        <translation>Ajouter les cochés</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="104"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="133"/>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="148"/>
        <source>The search failed.</source>
        <translation>La recherche a échoué.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="165"/>
        <source>{incident} (already chosen)</source>
        <translation>{incident} (déjà choisi)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="174"/>
        <source>No incident matches.</source>
        <translation>Aucun incident ne correspond.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="178"/>
        <source>The {limit} latest found are shown: add words to narrow the search.</source>
        <translation>Seuls les {limit} plus récents trouvés sont affichés : ajoutez des mots pour affiner la recherche.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_picker.py" line="183"/>
        <source>%n incident(s) found</source>
        <translation>
            <numerusform>%n incident trouvé</numerusform>
            <numerusform>%n incidents trouvés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../ui/incident_model.py" line="109"/>
        <source>{title} (HQ&apos;s view for {audience}, read-only)</source>
        <translation>{title} (vue du siège pour {audience}, lecture seule)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="113"/>
        <source>UN</source>
        <translation>ONU</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="175"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="176"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="177"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="178"/>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="179"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="180"/>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="181"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="244"/>
        <source>Not sortable: an incident may have several violations</source>
        <translation>Tri impossible : un incident peut comporter plusieurs violations</translation>
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
        <translation>Upfront — données d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>&amp;New incident</source>
        <translation>&amp;Nouvel incident</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>&amp;Import incidents…</source>
        <translation>&amp;Importer des incidents…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Incidents from a spreadsheet or a JSON export, checked row by row</source>
        <translation>Incidents issus d’une feuille de calcul ou d’une exportation JSON, contrôlés ligne par ligne</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>&amp;Export incidents…</source>
        <translation>E&amp;xporter des incidents…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>Incidents as CSV, Excel, JSON or HXL, cleared for an audience</source>
        <translation>Incidents en CSV, Excel, JSON ou HXL, expurgés selon le niveau de diffusion</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Close the records; the passphrase opens them again</source>
        <translation>Fermer les dossiers ; la phrase secrète les rouvre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>Emergency &amp;wipe…</source>
        <translation>&amp;Effacement d’urgence…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Destroy the key file and the records on this computer</source>
        <translation>Détruire le fichier de clés et les dossiers sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>&amp;Users and passphrases…</source>
        <translation>&amp;Utilisateurs et phrases secrètes…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>Add or remove the users of this computer, or change your passphrase</source>
        <translation>Ajouter ou retirer les utilisateurs de cet ordinateur, ou changer votre phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>Run &amp;self-test…</source>
        <translation>Lancer l’&amp;autotest…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Check that this installation works: the encrypted store, cryptography, translations, fonts, reports and the link to HQ</source>
        <translation>Vérifier que cette installation fonctionne : le stockage chiffré, la cryptographie, les traductions, les polices, les rapports et la liaison avec le siège</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>&amp;About Upfront</source>
        <translation>À &amp;propos d’Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>Home</source>
        <translation>Accueil</translation>
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
        <translation>Stratégies</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>Sync is not available in this build.</source>
        <translation>La synchronisation n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="600"/>
        <source>Sync: not set up</source>
        <translation>Synchronisation : non configurée</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="619"/>
        <source>Signed in as {user}</source>
        <translation>Connecté en tant que {user}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="620"/>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="620"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="778"/>
        <source>Settings saved. Language and data folder apply when Upfront next starts.</source>
        <translation>Paramètres enregistrés. La langue et le dossier de données s’appliquent au prochain démarrage d’Upfront.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="780"/>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="812"/>
        <source>About Upfront</source>
        <translation>À propos d’Upfront</translation>
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
        <translation>Documentation des violations des droits de l’homme pour les équipes de pays des Nations Unies.

Schéma de la base de données : {schema}
SQLCipher : {sqlcipher}</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../ui/map_page.py" line="202"/>
        <source>{region}: {count}</source>
        <translation>{region} : {count}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../ui/map_page.py" line="264"/>
        <source>Loading the map…</source>
        <translation>Chargement de la carte…</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="266"/>
        <source>Show &amp;points</source>
        <translation>Afficher les &amp;points</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="268"/>
        <source>Show incident locations as points</source>
        <translation>Afficher les lieux des incidents par des points</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="274"/>
        <source>Map of incidents</source>
        <translation>Carte des incidents</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="277"/>
        <source>Regions on the map</source>
        <translation>Régions sur la carte</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="280"/>
        <source>&amp;Regions</source>
        <translation>&amp;Régions</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="333"/>
        <source>{incidents} in {regions} on the map</source>
        <translation>{incidents} dans {regions} sur la carte</translation>
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
            <numerusform>%n région</numerusform>
            <numerusform>%n régions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="342"/>
        <source>%n incident(s) without a region: counted, not on the map.</source>
        <translation>
            <numerusform>%n incident sans région : compté, absent de la carte.</numerusform>
            <numerusform>%n incidents sans région : comptés, absents de la carte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="350"/>
        <source>%n incident(s) without coordinates have no point.</source>
        <translation>
            <numerusform>%n incident sans coordonnées n&apos;a pas de point.</numerusform>
            <numerusform>%n incidents sans coordonnées n&apos;ont pas de point.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="354"/>
        <source>Nearby incidents share a dot, sized by their number.</source>
        <translation>Les incidents proches partagent un point, dont la taille dit leur nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="363"/>
        <source>{region} ({country})</source>
        <translation>{region} ({country})</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="365"/>
        <source>{region}: {count}</source>
        <translation>{region} : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="372"/>
        <source>{region}, {country}: {incidents}</source>
        <translation>{region}, {country} : {incidents}</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="388"/>
        <source>The map could not be read.</source>
        <translation>La carte n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/sync_page.py" line="173"/>
        <source>Merge: {title}</source>
        <translation>Fusion : {title}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="177"/>
        <source>Version kept at HQ</source>
        <translation>Version conservée au Siège</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="180"/>
        <location filename="../../ui/sync_page.py" line="196"/>
        <source>Other version</source>
        <translation>Autre version</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="182"/>
        <location filename="../../ui/sync_page.py" line="224"/>
        <source>Merged text</source>
        <translation>Texte fusionné</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="183"/>
        <source>Start from the kept version</source>
        <translation>Partir de la version conservée</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="185"/>
        <source>Start from the other version</source>
        <translation>Partir de l’autre version</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="187"/>
        <source> (from this device)</source>
        <translation> (de cet appareil)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="191"/>
        <source>Kept at HQ</source>
        <translation>Conservée au Siège</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="216"/>
        <source>The field “{field}” was changed in two places before either saw the other. Both versions are kept; write the text that should stand.</source>
        <translation>Le champ « {field} » a été modifié à deux endroits sans que l’une des modifications ait eu connaissance de l’autre. Les deux versions sont conservées ; rédigez le texte à retenir.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase.py" line="153"/>
        <source>Too short: use at least {minimum} characters.</source>
        <translation>Trop court : utilisez au moins {minimum} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="159"/>
        <source>The passphrases do not match.</source>
        <translation>Les phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="163"/>
        <source>Type the passphrase again.</source>
        <translation>Saisissez à nouveau la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="180"/>
        <source>At least {minimum} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Au moins {minimum} caractères. Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
</context>
<context>
    <name>ObjectivesDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="540"/>
        <source>Objectives of the strategy</source>
        <translation>Objectifs de la stratégie</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="543"/>
        <source>Choose an objective to change its wording or remove it, or type a new one and add it. Saving makes a new version of the strategy.</source>
        <translation>Choisissez un objectif pour en modifier le libellé ou le retirer, ou saisissez-en un nouveau et ajoutez-le. L’enregistrement crée une nouvelle version de la stratégie.</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="550"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="554"/>
        <location filename="../../ui/situation_dialogs.py" line="569"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="555"/>
        <source>What the strategy aims at</source>
        <translation>Ce que vise la stratégie</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="556"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="558"/>
        <source>Change wording</source>
        <translation>Modifier le libellé</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="559"/>
        <source>Change the wording of the objective</source>
        <translation>Modifier le libellé de l’objectif</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="561"/>
        <location filename="../../ui/situation_dialogs.py" line="652"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="562"/>
        <source>Remove the objective</source>
        <translation>Retirer l’objectif</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/situation_dialogs.py" line="585"/>
        <source>{objective} (%n action(s))</source>
        <translation>
            <numerusform>{objective} (%n action)</numerusform>
            <numerusform>{objective} (%n actions)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="604"/>
        <source>is required: write what the strategy aims at</source>
        <translation>est obligatoire : indiquez ce que vise la stratégie</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="606"/>
        <source>is longer than {count} characters</source>
        <translation>dépasse {count} caractères</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="609"/>
        <source>Objective: {reason}</source>
        <translation>Objectif : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="640"/>
        <source>Remove the objective?</source>
        <translation>Retirer l’objectif ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/situation_dialogs.py" line="643"/>
        <source>%n action(s) serve this objective: {actions}. They stay in the strategy, with no objective.</source>
        <translation>
            <numerusform>%n action sert cet objectif : {actions}. Elle reste dans la stratégie, sans objectif.</numerusform>
            <numerusform>%n actions servent cet objectif : {actions}. Elles restent dans la stratégie, sans objectif.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="653"/>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="485"/>
        <source>not given</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="488"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="502"/>
        <source>{field}: precision</source>
        <translation>{field} : précision</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/progress_dialog.py" line="288"/>
        <source>Saving cancelled; no file was written.</source>
        <translation>Enregistrement annulé ; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/progress_dialog.py" line="118"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="121"/>
        <source>What is being done</source>
        <translation>Tâche en cours</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="124"/>
        <source>Cancel status</source>
        <translation>État de l’annulation</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="126"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="127"/>
        <source>Cancel this work</source>
        <translation>Annuler ce travail</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="145"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="154"/>
        <source>Stopping at the next safe point; nothing half-done is kept.</source>
        <translation>Arrêt au prochain point sûr ; rien de fait à moitié n’est conservé.</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="168"/>
        <source>{what}: {done} of {total}</source>
        <translation>{what} : {done} sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="177"/>
        <source>{what}: {done}</source>
        <translation>{what} : {done}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="194"/>
        <source>Checking rows</source>
        <translation>Vérification des lignes</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="195"/>
        <source>Importing records</source>
        <translation>Importation des fiches</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="196"/>
        <source>Writing records</source>
        <translation>Écriture des fiches</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="197"/>
        <source>Gathering the report&apos;s figures</source>
        <translation>Rassemblement des chiffres du rapport</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="198"/>
        <source>Drawing pages</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="199"/>
        <source>Copying the records under the new key</source>
        <translation>Copie des fiches sous la nouvelle clé</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="200"/>
        <source>Putting the new key in force</source>
        <translation>Mise en service de la nouvelle clé</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="201"/>
        <source>Changes received from HQ</source>
        <translation>Modifications reçues du siège</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="202"/>
        <source>Files received from HQ</source>
        <translation>Fichiers reçus du siège</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="209"/>
        <source>Cannot be cancelled now: the copy under the new key is being put in place, and stopping half-way would not be safe.</source>
        <translation>Impossible d’annuler maintenant : la copie sous la nouvelle clé est en cours de mise en place, et s’arrêter à mi-chemin ne serait pas sûr.</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="213"/>
        <source>Cannot be cancelled now: the user&apos;s key slot is being removed, and the key change that follows must finish.</source>
        <translation>Impossible d’annuler maintenant : l’emplacement de clé de l’utilisateur est en cours de suppression, et le changement de clé qui suit doit aller à son terme.</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="216"/>
        <source>Cannot be cancelled now: this step must finish.</source>
        <translation>Impossible d’annuler maintenant : cette étape doit aller à son terme.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../ui/report/strings.py" line="15"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="16"/>
        <source>Generated {when}</source>
        <translation>Établi le {when}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="17"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="18"/>
        <source>Reference of the report&apos;s content: two prints with the same reference say the same thing.</source>
        <translation>Référence du contenu du rapport : deux impressions portant la même référence ont un contenu identique.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="22"/>
        <source>Contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="23"/>
        <source>Reporting period</source>
        <translation>Période considérée</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="24"/>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="25"/>
        <source>Audience</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="26"/>
        <source>{title} (continued)</source>
        <translation>{title} (suite)</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="27"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="28"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="29"/>
        <source>fewer than {threshold}</source>
        <translation>moins de {threshold}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="32"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="33"/>
        <source>United Nations</source>
        <translation>Nations Unies</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="34"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="35"/>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="38"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="39"/>
        <source>Incidents over time</source>
        <translation>Évolution des incidents dans le temps</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="40"/>
        <source>Violations by type and region</source>
        <translation>Violations par type et par région</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="41"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="42"/>
        <source>Key incidents</source>
        <translation>Incidents marquants</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="43"/>
        <source>Risk assessment</source>
        <translation>Évaluation des risques</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="44"/>
        <source>Prevention and response actions</source>
        <translation>Actions de prévention et de réponse</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="45"/>
        <source>Sources and methodology</source>
        <translation>Sources et méthodologie</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="48"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="49"/>
        <source>Acts of violation</source>
        <translation>Actes de violation</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="50"/>
        <source>Victims</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="51"/>
        <source>By violation type</source>
        <translation>Par type de violation</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="52"/>
        <source>By verification level</source>
        <translation>Par niveau de vérification</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="53"/>
        <source>Victims by sex and age</source>
        <translation>Victimes par sexe et âge</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="54"/>
        <source>Violation type</source>
        <translation>Type de violation</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="55"/>
        <source>Verification level</source>
        <translation>Niveau de vérification</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="56"/>
        <source>Sex / age</source>
        <translation>Sexe / âge</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="57"/>
        <source>No incidents in this period.</source>
        <translation>Aucun incident au cours de cette période.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="59"/>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="60"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="61"/>
        <source>This report covers {count} countries: {countries}. Each country&apos;s figures are counted and withheld by the same rules as the totals, and what is left out is counted over all of them.</source>
        <translation>Ce rapport couvre {count} pays : {countries}. Les chiffres de chaque pays sont comptés et masqués selon les mêmes règles que les totaux, et ce qui est laissé de côté est compté sur l’ensemble de ces pays.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="68"/>
        <source>Incidents per week</source>
        <translation>Incidents par semaine</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="69"/>
        <source>Incidents per month</source>
        <translation>Incidents par mois</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="70"/>
        <source>Week starting</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="71"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="72"/>
        <source>Hatched segments stand for fewer than {threshold} incidents; they are drawn at a nominal height of {height}.</source>
        <translation>Les segments hachurés représentent moins de {threshold} incidents ; ils sont tracés à une hauteur nominale de {height}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="78"/>
        <source>Rows: violation type; columns: first-level administrative area.</source>
        <translation>Lignes : type de violation ; colonnes : division administrative de premier niveau.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="81"/>
        <source>×: withheld, so that a small count cannot be worked out from the totals.</source>
        <translation>× : valeur masquée, afin qu’un chiffre faible ne puisse pas être déduit des totaux.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="85"/>
        <source>Incidents by area</source>
        <translation>Incidents par zone</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="86"/>
        <source>None recorded</source>
        <translation>Aucun incident enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="87"/>
        <source>Incident location</source>
        <translation>Lieu de l’incident</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="88"/>
        <source>No boundary data for {areas}</source>
        <translation>Aucune donnée sur les limites administratives pour {areas}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="89"/>
        <source>Offline boundaries: Natural Earth.</source>
        <translation>Limites (données hors ligne) : Natural Earth.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="90"/>
        <source>The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.</source>
        <translation>Les frontières et les noms indiqués et les désignations employées sur cette carte n’impliquent pas reconnaissance ou acceptation officielles par l’Organisation des Nations Unies.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="95"/>
        <source>No map data for this period.</source>
        <translation>Aucune donnée cartographique pour cette période.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="97"/>
        <location filename="../../ui/report/timeline.py" line="75"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="98"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="99"/>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="100"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="101"/>
        <source>Named persons</source>
        <translation>Personnes nommément citées</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="102"/>
        <source>No key incidents in this period.</source>
        <translation>Aucun incident marquant au cours de cette période.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="103"/>
        <source>Incidents not listed one by one, as listing them would reveal a figure too small to publish: {count}.</source>
        <translation>Incidents non énumérés un par un, car les énumérer révélerait un chiffre trop faible pour être publié : {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="108"/>
        <source>Incidents in this report with no summary cleared for partners and the public (none is printed for them): {count}.</source>
        <translation>Incidents de ce rapport sans résumé approuvé pour les partenaires et le public (aucun n’est imprimé pour eux) : {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="113"/>
        <source>Summaries cleared by their author alone, in an office with a single user: {count}.</source>
        <translation>Résumés approuvés par leur seul auteur, dans un bureau à utilisateur unique : {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="116"/>
        <source>Incidents approved in review by their own author, in an office with a single user: {count}.</source>
        <translation>Incidents approuvés à l’examen par leur propre auteur, dans un bureau à un seul utilisateur : {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="121"/>
        <source>Assessed on {date}</source>
        <translation>Évaluation du {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="122"/>
        <source>previous assessment {date}</source>
        <translation>évaluation précédente du {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="123"/>
        <source>first assessment</source>
        <translation>première évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="124"/>
        <source>Overall level: {level}</source>
        <translation>Niveau global : {level}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="125"/>
        <source>Risk factor</source>
        <translation>Facteur de risque</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="126"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="127"/>
        <source>Previous level</source>
        <translation>Niveau précédent</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="128"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="129"/>
        <source>No risk assessment in this period.</source>
        <translation>Aucune évaluation des risques au cours de cette période.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="131"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="132"/>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="133"/>
        <source>Lead / owner</source>
        <translation>Chef de file / responsable</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="134"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="135"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="136"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="59"/>
        <source>Quarterly review</source>
        <translation>Examen trimestriel</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="60"/>
        <source>Quarter {quarter}: {start} to {end}</source>
        <translation>Trimestre {quarter} : du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="61"/>
        <source>As of {date}</source>
        <translation>Au {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="62"/>
        <source>Situations in order of attention</source>
        <translation>Situations par ordre d&apos;attention</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="64"/>
        <source>Points: {deterioration} per deterioration signal, {risk_up} per risk factor assessed higher, {late_actions} per late action, {blocked_actions} per blocked action, {late_decisions} per late decision of the quarter before, {incidents_added} per ten incidents added.</source>
        <translation>Points : {deterioration} par signal de détérioration, {risk_up} par facteur de risque évalué à la hausse, {late_actions} par action en retard, {blocked_actions} par action bloquée, {late_decisions} par décision du trimestre précédent en retard, {incidents_added} par tranche de dix incidents ajoutés.</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="72"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="73"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="74"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="75"/>
        <source>No situation of concern.</source>
        <translation>Aucune situation préoccupante.</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="76"/>
        <source>Nothing calls for attention this quarter.</source>
        <translation>Rien n&apos;appelle l&apos;attention ce trimestre.</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="78"/>
        <source>deterioration signals: {count}</source>
        <translation>signaux de détérioration : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="79"/>
        <source>risk factors assessed higher: {count}</source>
        <translation>facteurs de risque évalués à la hausse : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="80"/>
        <source>late actions: {count}</source>
        <translation>actions en retard : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="81"/>
        <source>blocked actions: {count}</source>
        <translation>actions bloquées : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="82"/>
        <source>late decisions: {count}</source>
        <translation>décisions en retard : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="83"/>
        <source>incidents added: {count}</source>
        <translation>incidents ajoutés : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="85"/>
        <source>The situations</source>
        <translation>Les situations</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="86"/>
        <source>Risk changes</source>
        <translation>Évolution des risques</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="87"/>
        <source>Deterioration signals</source>
        <translation>Signaux de détérioration</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="89"/>
        <source>{scope}: {count} incidents in the last weeks, {ratio} times the usual level</source>
        <translation>{scope} : {count} incidents ces dernières semaines, {ratio} fois le niveau habituel</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="94"/>
        <source>{scope}: {count} incidents in the last weeks, where there were none before</source>
        <translation>{scope} : {count} incidents ces dernières semaines, alors qu&apos;il n&apos;y en avait aucun auparavant</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="98"/>
        <source>All incidents</source>
        <translation>Tous les incidents</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="99"/>
        <source>Late actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="100"/>
        <source>Blocked actions</source>
        <translation>Actions bloquées</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="101"/>
        <source>Incidents added in the quarter: {count}</source>
        <translation>Incidents ajoutés au cours du trimestre : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="102"/>
        <source>Engagements of the quarter</source>
        <translation>Démarches et échanges du trimestre</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="103"/>
        <source>Engagement</source>
        <translation>Démarche ou échange</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="104"/>
        <source>Asked / answered</source>
        <translation>Demandé / répondu</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="105"/>
        <source>Follow-up due</source>
        <translation>Suivi attendu le</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="106"/>
        <source>{un_by} with {with_whom}</source>
        <translation>{un_by} avec {with_whom}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="107"/>
        <source>Decisions of this quarter</source>
        <translation>Décisions du trimestre</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="108"/>
        <source>No decision recorded.</source>
        <translation>Aucune décision enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="109"/>
        <source>Decisions of {quarter}, as of {date}</source>
        <translation>Décisions de {quarter}, au {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="110"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="111"/>
        <source>Entity / person</source>
        <translation>Entité / personne</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="112"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="113"/>
        <source>Set by {user} on {date}</source>
        <translation>Indiqué par {user} le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="114"/>
        <source>Strategy action: {title}</source>
        <translation>Action de la stratégie : {title}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="116"/>
        <source>Done</source>
        <translation>Exécutée</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="117"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="118"/>
        <location filename="../../ui/report/strings.py" line="137"/>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="119"/>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="120"/>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="138"/>
        <source>Actions: {actions}; overdue: {overdue}; blocked: {blocked}.</source>
        <translation>Actions : {actions} ; en retard : {overdue} ; bloquées : {blocked}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="141"/>
        <source>No actions in this period.</source>
        <translation>Aucune action au cours de cette période.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="143"/>
        <source>Sources by type</source>
        <translation>Sources par type</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="144"/>
        <source>Source type</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="145"/>
        <source>No sources in this period.</source>
        <translation>Aucune source au cours de cette période.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="146"/>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="147"/>
        <source>To protect the people concerned, counts from 1 to {below} are shown as “&lt;{threshold}”.</source>
        <translation>Afin de protéger les personnes concernées, les chiffres compris entre 1 et {below} sont indiqués sous la forme « &lt;{threshold} ».</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="152"/>
        <source>This report is for internal use: every count is shown in full.</source>
        <translation>Ce rapport est destiné à un usage interne : tous les chiffres sont indiqués intégralement.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="157"/>
        <source>What this report leaves out</source>
        <translation>Ce que ce rapport laisse de côté</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="158"/>
        <source>Not in these figures: {count} incidents of the period and scope, left out for this audience (see “What this report leaves out”).</source>
        <translation>Hors de ces chiffres : {count} incidents de la période et du périmètre, laissés de côté pour ce public (voir « Ce que ce rapport laisse de côté »).</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="163"/>
        <source>Of the {total} incidents recorded for this period and scope, {included} are counted in this report.</source>
        <translation>Sur les {total} incidents enregistrés pour cette période et ce périmètre, {included} sont comptés dans ce rapport.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="168"/>
        <source>Incidents of this period and scope counted in this report: {included}.</source>
        <translation>Incidents de cette période et de ce périmètre comptés dans ce rapport : {included}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="171"/>
        <source>No incident of this period and scope is left out of this report.</source>
        <translation>Aucun incident de cette période et de ce périmètre n&apos;est laissé de côté dans ce rapport.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="174"/>
        <source>Left out as drafts, not yet submitted for review: {count}.</source>
        <translation>Laissés de côté comme brouillons, pas encore soumis à examen : {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="177"/>
        <source>Left out as more confidential than this report&apos;s audience: {count}.</source>
        <translation>Laissés de côté car plus confidentiels que le public de ce rapport : {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="180"/>
        <source>Left out as found false or rejected: {count}.</source>
        <translation>Laissés de côté car jugés faux ou rejetés : {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="181"/>
        <source>Counted in the figures but told without an account, as no summary was cleared for partners and the public: {count}.</source>
        <translation>Comptés dans les chiffres mais présentés sans récit, aucun résumé n&apos;ayant été validé pour les partenaires et le public : {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="187"/>
        <source>Report no. {number}</source>
        <translation>Rapport n° {number}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="188"/>
        <source>Information as of {date}</source>
        <translation>Informations arrêtées au {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="189"/>
        <source>Next report: {date}</source>
        <translation>Prochain rapport : {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="190"/>
        <source>Highlights</source>
        <translation>Faits saillants</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="191"/>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="192"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="67"/>
        <source>Warning-to-action timeline</source>
        <translation>Chronologie de l’alerte à l’action</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="68"/>
        <source>{name}, as of {date}</source>
        <translation>{name}, au {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="69"/>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="70"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="71"/>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="72"/>
        <source>First warning</source>
        <translation>Première alerte</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="73"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="74"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="76"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="77"/>
        <source>From the first warning to action</source>
        <translation>De la première alerte à l’action</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="78"/>
        <source>From the first warning to</source>
        <translation>De la première alerte à</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="79"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="80"/>
        <source>open: {days} days so far</source>
        <translation>en cours : {days} jours à ce jour</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="81"/>
        <source>open: no warning yet</source>
        <translation>en cours : pas encore d’alerte</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="82"/>
        <source>After-action review (draft)</source>
        <translation>Examen a posteriori (projet)</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="83"/>
        <source>Nothing on the timeline yet.</source>
        <translation>Rien sur la chronologie pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="85"/>
        <source>First incident at {standard}</source>
        <translation>Premier incident au niveau {standard}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="86"/>
        <source>Risk factor at {level}: {factor}</source>
        <translation>Facteur de risque {level} : {factor}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="87"/>
        <source>Deterioration signal</source>
        <translation>Signal de détérioration</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="88"/>
        <source>First engagement: {channel}</source>
        <translation>Premier échange : {channel}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="89"/>
        <source>First action at {level} level</source>
        <translation>Première action au niveau {level}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="90"/>
        <source>Escalation to {to}</source>
        <translation>Escalade vers {to}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="92"/>
        <source>the first engagement</source>
        <translation>le premier échange</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="93"/>
        <source>the first strategy action</source>
        <translation>la première action de la stratégie</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="94"/>
        <source>the first action at {level} level</source>
        <translation>la première action au niveau {level}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="95"/>
        <source>the first engagement through {channel}</source>
        <translation>le premier échange par {channel}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="97"/>
        <source>incident {id}</source>
        <translation>incident {id}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="98"/>
        <source>assessment {id}, version {version}</source>
        <translation>évaluation {id}, version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="99"/>
        <source>strategy version {version}, action {action}</source>
        <translation>stratégie version {version}, action {action}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="100"/>
        <source>engagement {id}</source>
        <translation>échange {id}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="101"/>
        <source>signals as of {date}</source>
        <translation>signaux au {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="103"/>
        <source>First warning on {date}: {what} (source: {source}).</source>
        <translation>Première alerte le {date} : {what} (source : {source}).</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="104"/>
        <source>To {what}: {days} days, on {date} (source: {source}).</source>
        <translation>Jusqu’à {what} : {days} jours, le {date} (source : {source}).</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="105"/>
        <source>To {what}: it came {days} days before the warning, on {date} (source: {source}).</source>
        <translation>Jusqu’à {what} : survenu {days} jours avant l’alerte, le {date} (source : {source}).</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="108"/>
        <source>To {what}: not yet as of {date}, {days} days since the first warning.</source>
        <translation>Jusqu’à {what} : pas encore au {date}, {days} jours depuis la première alerte.</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="111"/>
        <source>No warning as of {date}: no risk factor at high or severe, no deterioration signal, no incident at reasonable grounds or above.</source>
        <translation>Aucune alerte au {date} : aucun facteur de risque élevé ou grave, aucun signal de détérioration, aucun incident établi au moins sur des motifs raisonnables.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="63"/>
        <source>Places where signals rise that no situation covers</source>
        <translation>Lieux où montent des signaux qu&apos;aucune situation ne couvre</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="64"/>
        <source>What the United Nations asks of Member States</source>
        <translation>Ce que l&apos;Organisation des Nations Unies demande aux États Membres</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="65"/>
        <source>Verified figures</source>
        <translation>Chiffres vérifiés</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="66"/>
        <source>Engagement with the State</source>
        <translation>Dialogue avec l&apos;État</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="67"/>
        <source>Incidents of the period verified at “{standard}” or above, from {start} to {end}.</source>
        <translation>Incidents de la période vérifiés au niveau « {standard} » ou au-dessus, du {start} au {end}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="70"/>
        <source>Countries: {countries}</source>
        <translation>Pays : {countries}</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="71"/>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="72"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="74"/>
        <source>higher</source>
        <translation>plus élevé</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="75"/>
        <source>lower</source>
        <translation>plus bas</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="76"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="77"/>
        <source>newly assessed</source>
        <translation>nouvellement évalué</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="80"/>
        <source>No risk assessment up to {date}.</source>
        <translation>Aucune évaluation des risques jusqu&apos;au {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="81"/>
        <source>No deterioration signal as of {date}.</source>
        <translation>Aucun signal de dégradation au {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="82"/>
        <source>No strategy action recorded.</source>
        <translation>Aucune action de stratégie enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="83"/>
        <source>No engagement recorded in the period.</source>
        <translation>Aucun échange enregistré pendant la période.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="84"/>
        <source>None was written for this briefing.</source>
        <translation>Aucun texte n&apos;a été rédigé pour cet exposé.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="85"/>
        <source>Risk assessments, strategies, the warning-to-action timeline and the horizon scan are United Nations planning documents: a briefing for this audience leaves them out.</source>
        <translation>Les évaluations des risques, les stratégies, la chronologie de l&apos;alerte à l&apos;action et l&apos;analyse prospective sont des documents de planification des Nations Unies : un exposé destiné à ce public les omet.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="90"/>
        <source>Horizon scan as of {date}, over every place the records hold: {flagged} places flagged, {uncovered} of them covered by no situation of concern.</source>
        <translation>Analyse prospective au {date}, sur tous les lieux que contiennent les fiches : {flagged} lieux signalés, dont {uncovered} couverts par aucune situation préoccupante.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="95"/>
        <source>For {countries}, the scan ran on HQ&apos;s weekly counts over all of the scope&apos;s records (as of {date}), small weeks suppressed.</source>
        <translation>Pour {countries}, l&apos;analyse a porté sur les décomptes hebdomadaires du Siège sur tous les dossiers du périmètre (au {date}), petites semaines masquées.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="100"/>
        <source>≥: the place&apos;s series includes a small week HQ suppressed, counted as the least it can be in the last 4 weeks and the most before: the rise is at least as shown.</source>
        <translation>≥ : la série du lieu comprend une semaine à faible effectif masquée par le Siège, comptée au plus bas possible dans les 4 dernières semaines et au plus haut avant : la hausse est au moins celle indiquée.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="105"/>
        <source>Every place the scan flagged is covered by a situation.</source>
        <translation>Chaque lieu signalé par l&apos;analyse est couvert par une situation.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="106"/>
        <source>Acts, last 4 weeks</source>
        <translation>Actes, 4 dernières semaines</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="107"/>
        <source>Times the usual level</source>
        <translation>Fois le niveau habituel</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="108"/>
        <source>Of them at the standard of proof</source>
        <translation>Dont au niveau de preuve retenu</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="109"/>
        <source>partly covered by {names}</source>
        <translation>couvert en partie par {names}</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="110"/>
        <source>all types</source>
        <translation>tous types</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="111"/>
        <source>No situation of concern in this scope and period.</source>
        <translation>Aucune situation préoccupante dans ce périmètre et cette période.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports_page.py" line="101"/>
        <location filename="../../ui/reports_page.py" line="106"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="102"/>
        <location filename="../../ui/reports_page.py" line="108"/>
        <source>Situation of concern</source>
        <translation>Situation préoccupante</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="125"/>
        <source>Standard template</source>
        <translation>Modèle standard</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="126"/>
        <source>Template…</source>
        <translation>Modèle…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="99"/>
        <location filename="../../ui/reports_page.py" line="130"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="100"/>
        <location filename="../../ui/reports_page.py" line="131"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="111"/>
        <source>Several countries</source>
        <translation>Plusieurs pays</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="112"/>
        <source>All countries held</source>
        <translation>Tous les pays détenus</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="114"/>
        <source>Countries held on this device</source>
        <translation>Pays détenus sur cet appareil</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="135"/>
        <source>Scope</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="145"/>
        <source>Audience</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="146"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="150"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="153"/>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="154"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="155"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="166"/>
        <source>What each audience may read is decided before the report is drawn: incidents by their confidentiality, names by consent, places by the record&apos;s precision, and small counts hidden outside internal reports.</source>
        <translation>Le contenu accessible à chaque niveau de diffusion est déterminé avant l’établissement du rapport : les incidents selon leur confidentialité, les noms selon le consentement donné, les lieux selon la précision de localisation enregistrée, et les petits chiffres sont masqués en dehors des rapports internes.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="184"/>
        <source>Kind of report</source>
        <translation>Type de rapport</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="185"/>
        <source>Situation &amp;report</source>
        <translation>&amp;Rapport de situation</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="186"/>
        <source>&amp;Briefing pack</source>
        <translation>&amp;Note d&apos;information</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="240"/>
        <source>Report template</source>
        <translation>Modèle de rapport</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="240"/>
        <source>Templates (*.json)</source>
        <translation>Modèles (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="252"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="254"/>
        <source>One highlight per line</source>
        <translation>Un fait saillant par ligne</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="260"/>
        <source>Report number</source>
        <translation>Numéro du rapport</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="261"/>
        <source>Information as of</source>
        <translation>Informations arrêtées au</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="262"/>
        <source>Highlights</source>
        <translation>Faits saillants</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="263"/>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="264"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="265"/>
        <source>Next report</source>
        <translation>Prochain rapport</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="316"/>
        <source>Gathering the report…</source>
        <translation>Compilation du rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="331"/>
        <source>{incidents} incident(s), SHA-256 {digest}</source>
        <translation>{incidents} incident(s), SHA-256 {digest}</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="353"/>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="384"/>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="384"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="399"/>
        <source>The report could not be saved.</source>
        <translation>Le rapport n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="424"/>
        <source>The report could not be made.</source>
        <translation>Le rapport n’a pas pu être établi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports_page.py" line="402"/>
        <source>Saved %n page(s).</source>
        <translation>
            <numerusform>%n page enregistrée.</numerusform>
            <numerusform>%n pages enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="367"/>
        <source>Printing the report</source>
        <translation>Impression du rapport</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="372"/>
        <source>Printing cancelled.</source>
        <translation>Impression annulée.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="395"/>
        <source>Saving the report</source>
        <translation>Enregistrement du rapport</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/review_page.py" line="151"/>
        <source>Return “{title}” to its author</source>
        <translation>Renvoyer « {title} » à son auteur</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="154"/>
        <source>What should the author check or change?</source>
        <translation>Que doit vérifier ou modifier l’auteur ?</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="155"/>
        <source>&amp;Comment for the author (required)</source>
        <translation>&amp;Commentaire pour l’auteur (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="163"/>
        <source>&amp;Return</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="175"/>
        <source>Comment: say what the author should check or change</source>
        <translation>Commentaire : dites ce que l’auteur doit vérifier ou modifier</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="178"/>
        <source>Comment: at most {n} characters</source>
        <translation>Commentaire : {n} caractères au plus</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="220"/>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="221"/>
        <source>Done</source>
        <translation>Exécutée</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="222"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="223"/>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="224"/>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="227"/>
        <source>deterioration signals: {count}</source>
        <translation>signaux de détérioration : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="228"/>
        <source>risk factors assessed higher: {count}</source>
        <translation>facteurs de risque évalués à la hausse : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="229"/>
        <source>late actions: {count}</source>
        <translation>actions en retard : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="230"/>
        <source>blocked actions: {count}</source>
        <translation>actions bloquées : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="231"/>
        <source>late decisions: {count}</source>
        <translation>décisions en retard : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="232"/>
        <source>incidents added: {count}</source>
        <translation>incidents ajoutés : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="261"/>
        <location filename="../../ui/review_dialog.py" line="276"/>
        <location filename="../../ui/review_dialog.py" line="525"/>
        <source>Quarterly review</source>
        <translation>Examen trimestriel</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="267"/>
        <source>Internal: the country team</source>
        <translation>Interne : l’équipe de pays</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="268"/>
        <source>United Nations system</source>
        <translation>Système des Nations Unies</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="270"/>
        <source>Who the review is for: for the UN, names it may not read are left out</source>
        <translation>À qui l&apos;examen est destiné : pour l&apos;ONU, les noms qu&apos;elle ne peut pas lire sont omis</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="278"/>
        <location filename="../../ui/review_dialog.py" line="289"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="278"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="286"/>
        <location filename="../../ui/review_dialog.py" line="311"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="290"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="291"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="292"/>
        <source>Entity / person</source>
        <translation>Entité / personne</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="293"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="294"/>
        <source>State, who and why</source>
        <translation>État, qui et pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="305"/>
        <source>Add decision…</source>
        <translation>Ajouter une décision…</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="307"/>
        <source>Change status…</source>
        <translation>Changer le statut…</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="332"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="333"/>
        <source>Copy the review as text, to paste elsewhere</source>
        <translation>Copier la revue en texte, pour la coller ailleurs</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="334"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="335"/>
        <source>Save as JSON…</source>
        <translation>Enregistrer en JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="373"/>
        <source>The decision is recorded.</source>
        <translation>La décision est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="382"/>
        <source>The decision&apos;s status is saved.</source>
        <translation>Le statut de la décision est enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="394"/>
        <source>The review is on the clipboard.</source>
        <translation>La revue est dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="401"/>
        <source>Save the quarterly review</source>
        <translation>Enregistrer la revue trimestrielle</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="402"/>
        <source>review-{quarter}.json</source>
        <translation>revue-{quarter}.json</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="403"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="412"/>
        <source>Save the quarterly review as PDF</source>
        <translation>Enregistrer l&apos;examen trimestriel en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="413"/>
        <source>review-{quarter}.pdf</source>
        <translation>revue-{quarter}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="414"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="434"/>
        <location filename="../../ui/review_dialog.py" line="454"/>
        <source>The review was not saved.</source>
        <translation>La revue n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="436"/>
        <source>Saved to {path}.</source>
        <translation>Enregistrée dans {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="458"/>
        <source>Saved to {path} (SHA-256 {hash}).</source>
        <translation>Enregistré dans {path} (SHA-256 {hash}).</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="489"/>
        <source>The review could not be built.</source>
        <translation>L’examen n’a pas pu être établi.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="511"/>
        <source>by {user} on {date}</source>
        <translation>par {user} le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="531"/>
        <source>No situation of concern.</source>
        <translation>Aucune situation préoccupante.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="533"/>
        <source>Deterioration</source>
        <translation>Détérioration</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="542"/>
        <source>{points} points: {reasons}</source>
        <translation>{points} points : {reasons}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="552"/>
        <source>Risk: {factor}: {old} → {new}</source>
        <translation>Risque : {factor} : {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="562"/>
        <source>all incidents</source>
        <translation>tous les incidents</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="574"/>
        <source>Overdue: {title} (due {due}, lead {lead})</source>
        <translation>En retard : {title} (échéance {due}, chef de file {lead})</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="585"/>
        <source>Blocked: {title}</source>
        <translation>Bloqué : {title}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="588"/>
        <source>Incidents added: {count}</source>
        <translation>Incidents ajoutés : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="595"/>
        <source>Engagement on {date}: {type}, {un_by} with {with_whom}</source>
        <translation>Démarche ou échange du {date} : {type}, {un_by} avec {with_whom}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="609"/>
        <source>Decision: {text} ({who}, due {due}): {state}</source>
        <translation>Décision : {text} ({who}, échéance {due}) : {state}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="621"/>
        <source>Decisions of {quarter}, as of {date}</source>
        <translation>Décisions de {quarter}, au {date}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="627"/>
        <source>No decision recorded.</source>
        <translation>Aucune décision enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="633"/>
        <source>{situation}: {text} ({who}, due {due}): {state}</source>
        <translation>{situation} : {text} ({who}, échéance {due}) : {state}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/review_page.py" line="255"/>
        <source>Waiting for my review</source>
        <translation>En attente de mon examen</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="256"/>
        <source>All submitted records</source>
        <translation>Tous les dossiers soumis</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="257"/>
        <source>Returned to me</source>
        <translation>Renvoyés à moi</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="258"/>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="265"/>
        <source>Records in review</source>
        <translation>Dossiers en examen</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="275"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="276"/>
        <source>A&amp;pprove…</source>
        <translation>A&amp;pprouver…</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="277"/>
        <source>Re&amp;turn to author…</source>
        <translation>Renvoyer à l’au&amp;teur…</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="278"/>
        <source>Assi&amp;gn…</source>
        <translation>Attri&amp;buer…</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="350"/>
        <location filename="../../ui/review_page.py" line="357"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="351"/>
        <location filename="../../ui/review_page.py" line="358"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="352"/>
        <location filename="../../ui/review_page.py" line="359"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="353"/>
        <source>Returned by</source>
        <translation>Renvoyé par</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="354"/>
        <source>Reviewer&apos;s comment</source>
        <translation>Commentaire de l’examinateur</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="360"/>
        <source>Submitted by</source>
        <translation>Soumis par</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="361"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="374"/>
        <source>(no one)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="375"/>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="394"/>
        <source>{n} record(s) waiting for your review.</source>
        <translation>{n} dossier(s) en attente de votre examen.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="395"/>
        <source>{n} submitted record(s) in this store.</source>
        <translation>{n} dossier(s) soumis dans cette base.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="396"/>
        <source>{n} record(s) returned to you: open one to work on it.</source>
        <translation>{n} dossier(s) vous ont été renvoyés : ouvrez-en un pour le reprendre.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="399"/>
        <source>Nothing is waiting for your review.</source>
        <translation>Rien n’attend votre examen.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="400"/>
        <source>No record is waiting for review.</source>
        <translation>Aucun dossier n’attend d’examen.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="401"/>
        <source>No record was returned to you.</source>
        <translation>Aucun dossier ne vous a été renvoyé.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="423"/>
        <source>Could not do it ({kind}); nothing was changed.</source>
        <translation>Impossible ({kind}) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="465"/>
        <source>Approved “{title}” ({standard}).</source>
        <translation>« {title} » approuvé ({standard}).</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="478"/>
        <source>Returned “{title}” to its author.</source>
        <translation>« {title} » renvoyé à son auteur.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="491"/>
        <source>Assigned “{title}” to {user}.</source>
        <translation>« {title} » attribué à {user}.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="493"/>
        <source>“{title}” is open to any reviewer.</source>
        <translation>« {title} » est ouvert à tout examinateur.</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <location filename="../../ui/incident_editor/rows.py" line="48"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/rows.py" line="110"/>
        <source>{mask} (protected)</source>
        <translation>{mask} (protégé)</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <location filename="../../ui/incident_editor/rows.py" line="231"/>
        <source>Remove {row}</source>
        <translation>Supprimer {row}</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Sample data — not a real store</source>
        <translation>Données d&apos;exemple — pas un vrai magasin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Every record here is fictitious. What you type stays in this sample folder and can never be sent to HQ.</source>
        <translation>Toutes les fiches ici sont fictives. Ce que vous saisissez reste dans ce dossier d&apos;exemple et ne peut jamais être envoyé au siège.</translation>
    </message>
</context>
<context>
    <name>SaveFilterDialog</name>
    <message>
        <location filename="../../ui/incident_list.py" line="125"/>
        <source>Save the filters</source>
        <translation>Enregistrer les filtres</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="127"/>
        <source>Name of the filter</source>
        <translation>Nom du filtre</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="135"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="47"/>
        <source>Self-test</source>
        <translation>Autotest</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="61"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="65"/>
        <source>&amp;Copy results</source>
        <translation>&amp;Copier les résultats</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="66"/>
        <source>Run &amp;again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="98"/>
        <source>Checking {name}…</source>
        <translation>Vérification : {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="131"/>
        <source>{failed} of {total} checks failed. Copy the results and send them to whoever supports Upfront for your office.</source>
        <translation>{failed} vérifications sur {total} ont échoué. Copiez les résultats et envoyez-les à la personne qui assure le support d’Upfront pour votre bureau.</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="141"/>
        <source>Everything works: {total} checks passed or did not apply.</source>
        <translation>Tout fonctionne : {total} vérifications réussies ou sans objet.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="70"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="83"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>Remember me on this device</source>
        <translation>Se souvenir de moi sur cet appareil</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</source>
        <translation>Conserver une clé dans le trousseau sécurisé de cet ordinateur pour qu’Upfront s’ouvre sans phrase secrète. Uniquement sur un ordinateur que vous êtes seul à utiliser.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>This computer has no secure keyring, so Upfront cannot remember you here.</source>
        <translation>Cet ordinateur n’a pas de trousseau sécurisé ; Upfront ne peut donc pas se souvenir de vous ici.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119"/>
        <source>The standard folder for this computer</source>
        <translation>Le dossier standard de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="139"/>
        <source>Applies when Upfront next starts.</source>
        <translation>S’applique au prochain démarrage d’Upfront.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>The whole window, at once.</source>
        <translation>Toute la fenêtre, immédiatement.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="142"/>
        <source>Upfront locks itself after this long without keyboard or mouse input.</source>
        <translation>Upfront se verrouille après cette durée sans activité du clavier ou de la souris.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="145"/>
        <source>Locks at once, from any Upfront window.</source>
        <translation>Verrouille immédiatement, depuis n’importe quelle fenêtre d’Upfront.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="148"/>
        <source>Applies when Upfront next starts. Move keys.json and upfront.db there yourself, together.</source>
        <translation>S’applique au prochain démarrage d’Upfront. Déplacez vous-même keys.json et upfront.db ensemble à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>{variable} is set and takes precedence.</source>
        <translation>{variable} est défini et a la priorité.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="158"/>
        <source>Not available: this computer has no secure keyring.</source>
        <translation>Non disponible : cet ordinateur n’a pas de trousseau sécurisé.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="166"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="167"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="168"/>
        <source>Lock when &amp;idle for:</source>
        <translation>Verrouiller après une &amp;inactivité de :</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="169"/>
        <source>&amp;Panic key:</source>
        <translation>Touche de &amp;panique :</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="171"/>
        <source>&amp;Data folder:</source>
        <translation>Dossier de &amp;données :</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="209"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="218"/>
        <source>Use Ctrl, Alt or a function key, or typing would lock Upfront.</source>
        <translation>Utilisez Ctrl, Alt ou une touche de fonction, sinon la saisie verrouillerait Upfront.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="54"/>
        <location filename="../../ui/shortcuts_dialog.py" line="58"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="59"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="59"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="59"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="75"/>
        <source>Every command has a menu entry; these keys reach the most used ones. In a menu or a form, the underlined letter with Alt does the same.</source>
        <translation>Chaque commande a une entrée de menu ; ces touches donnent accès aux plus utilisées. Dans un menu ou un formulaire, la lettre soulignée avec Alt fait de même.</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="84"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="86"/>
        <source>Next field or button</source>
        <translation>Champ ou bouton suivant</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="87"/>
        <source>Previous field or button</source>
        <translation>Champ ou bouton précédent</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="88"/>
        <source>The field or button whose letter is underlined</source>
        <translation>Le champ ou le bouton dont la lettre est soulignée</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="89"/>
        <source>Open the list entry chosen, press the default button</source>
        <translation>Ouvrir l’entrée choisie de la liste, appuyer sur le bouton par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="90"/>
        <source>Close a dialog (it asks first when something would be lost)</source>
        <translation>Fermer une boîte de dialogue (elle demande d’abord si quelque chose serait perdu)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="91"/>
        <source>This sheet</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="109"/>
        <source>Keyboard &amp;shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>SignalWords</name>
    <message numerus="yes">
        <location filename="../../ui/signal_words.py" line="41"/>
        <source>%n incident(s) in the last {weeks} weeks</source>
        <translation>
            <numerusform>%n incident au cours des {weeks} dernières semaines</numerusform>
            <numerusform>%n incidents au cours des {weeks} dernières semaines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="44"/>
        <source>usually {rate} a week in the {weeks} weeks before</source>
        <translation>d’ordinaire {rate} par semaine au cours des {weeks} semaines précédentes</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="51"/>
        <source>{recent}, where there were none in the {weeks} weeks before.</source>
        <translation>{recent}, alors qu’il n’y en avait aucun au cours des {weeks} semaines précédentes.</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="57"/>
        <source>{recent} ({usual}): {ratio} times the usual weekly level.</source>
        <translation>{recent} ({usual}) : {ratio} fois le niveau hebdomadaire habituel.</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="64"/>
        <source>Alert: a rise this large is unlikely to be chance.</source>
        <translation>Alerte : une hausse aussi forte ne relève probablement pas du hasard.</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="68"/>
        <source>Alert: above the alert level of {alert} times, and a rise this large is unlikely to be chance.</source>
        <translation>Alerte : au-dessus du seuil d’alerte de {alert} fois, et une hausse aussi forte ne relève probablement pas du hasard.</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="76"/>
        <source>No alert: too few incidents to judge (an alert needs at least {least}).</source>
        <translation>Pas d’alerte : trop peu d’incidents pour en juger (une alerte en demande au moins {least}).</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="82"/>
        <source>No alert: below the alert level of {alert} times.</source>
        <translation>Pas d’alerte : en dessous du seuil d’alerte de {alert} fois.</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="87"/>
        <source>No alert: a rise of this size could still be chance with so few incidents.</source>
        <translation>Pas d’alerte : avec si peu d’incidents, une hausse de cette ampleur peut encore relever du hasard.</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="95"/>
        <source>How alerts are raised: the last {recent} weeks are compared with the {baseline} weeks before. An alert needs at least {least} incidents, a weekly level at least {alert} times the usual one, and a rise too large to be chance (less than 1 chance in {odds}; for violation types, taken all together).</source>
        <translation>Comment les alertes sont données : les {recent} dernières semaines sont comparées aux {baseline} semaines précédentes. Une alerte demande au moins {least} incidents, un niveau hebdomadaire d’au moins {alert} fois le niveau habituel, et une hausse trop forte pour relever du hasard (moins d’une chance sur {odds} ; pour les types de violation, tous pris ensemble).</translation>
    </message>
</context>
<context>
    <name>SituationDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="438"/>
        <source>Situation of concern</source>
        <translation>Situation préoccupante</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="444"/>
        <source>regions, separated by commas (none: all)</source>
        <translation>régions, séparées par des virgules (aucune : toutes)</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="466"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="467"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="468"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="469"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="470"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="448"/>
        <location filename="../../ui/situation_dialogs.py" line="471"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="449"/>
        <location filename="../../ui/situation_dialogs.py" line="472"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="473"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="474"/>
        <source>Violation types (none ticked: all)</source>
        <translation>Types de violation (aucun coché : tous)</translation>
    </message>
</context>
<context>
    <name>SituationsPage</name>
    <message>
        <location filename="../../ui/situations_page.py" line="90"/>
        <source>Situations of concern</source>
        <translation>Situations préoccupantes</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="102"/>
        <source>Risk factors over time</source>
        <translation>Évolution des facteurs de risque dans le temps</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="109"/>
        <source>Actions of the strategy</source>
        <translation>Actions de la stratégie</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="113"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="114"/>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="115"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="116"/>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="117"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="118"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="119"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="131"/>
        <source>New assessment…</source>
        <translation>Nouvelle évaluation…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="133"/>
        <source>Add action…</source>
        <translation>Ajouter une action…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="135"/>
        <source>Edit action…</source>
        <translation>Modifier l’action…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="138"/>
        <source>Objectives…</source>
        <translation>Objectifs…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="157"/>
        <source>Risk heat map</source>
        <translation>Carte thermique des risques</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="158"/>
        <location filename="../../ui/situations_page.py" line="634"/>
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="159"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="161"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="165"/>
        <source>Engagement log</source>
        <translation>Journal des démarches</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="166"/>
        <source>Task force and guidance</source>
        <translation>Équipe spéciale et orientation</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="168"/>
        <source>Quarterly review…</source>
        <translation>Examen trimestriel…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="170"/>
        <source>New situation…</source>
        <translation>Nouvelle situation…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="172"/>
        <source>Edit situation…</source>
        <translation>Modifier la situation…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="181"/>
        <source>Timeline…</source>
        <translation>Chronologie…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="183"/>
        <source>From the first warning to action: the situation&apos;s timeline</source>
        <translation>De la première alerte à l’action : la chronologie de la situation</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="208"/>
        <source>All confidentiality levels</source>
        <translation>Tous les niveaux de confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="215"/>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="225"/>
        <source>Charts need Qt&apos;s chart module (PySide6-Addons), which is not installed.</source>
        <translation>Les graphiques nécessitent le module de graphiques de Qt (PySide6-Addons), qui n’est pas installé.</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="236"/>
        <source>Acts per week, by violation type</source>
        <translation>Actes par semaine, par type de violation</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="241"/>
        <source>Violation types in the chart</source>
        <translation>Types de violation du graphique</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="256"/>
        <location filename="../../ui/situations_page.py" line="394"/>
        <source>Humanitarian figures per week</source>
        <translation>Chiffres humanitaires par semaine</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="259"/>
        <source>Humanitarian figures beside the violations</source>
        <translation>Chiffres humanitaires en regard des violations</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="317"/>
        <source>Acts per week, by violation type, to {end}</source>
        <translation>Actes par semaine, par type de violation, jusqu’au {end}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="328"/>
        <source>Week ending on</source>
        <translation>Semaine se terminant le</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="340"/>
        <source>Acts</source>
        <translation>Actes</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="237"/>
        <location filename="../../ui/situations_page.py" line="346"/>
        <source>Acts by region, last 26 weeks</source>
        <translation>Actes par région, 26 dernières semaines</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="348"/>
        <source>(no region)</source>
        <translation>(sans région)</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="366"/>
        <source>{measure} in {place}: {ratio}× the 12 weeks before; {acts}</source>
        <translation>{measure} à {place} : {ratio}× les 12 semaines précédentes ; {acts}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="370"/>
        <source>acts rose: {types}</source>
        <translation>actes en hausse : {types}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="372"/>
        <source>no act type rose</source>
        <translation>aucun type d’acte en hausse</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="376"/>
        <source>No humanitarian series is held for this situation&apos;s places.</source>
        <translation>Aucune série humanitaire n’est détenue pour les lieux de cette situation.</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="385"/>
        <source>{measure} in {place} ({dataset})</source>
        <translation>{measure} à {place} ({dataset})</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="530"/>
        <source>The situations could not be loaded.</source>
        <translation>Les situations n’ont pas pu être chargées.</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="546"/>
        <source>No situation of concern yet. Add one with New situation….</source>
        <translation>Aucune situation préoccupante pour l’instant. Ajoutez-en une avec Nouvelle situation….</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="567"/>
        <source>{status} · {count} incidents · owner {owner}</source>
        <translation>{status} · {count} incidents · responsable : {owner}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="585"/>
        <source>Risk factor</source>
        <translation>Facteur de risque</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="592"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="614"/>
        <source>&lt;b&gt;All incidents:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Tous les incidents :&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="622"/>
        <source>&lt;b&gt;{type}:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;{type} :&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="634"/>
        <source>Signals ⚠</source>
        <translation>Signaux ⚠</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="638"/>
        <source>No strategy yet.</source>
        <translation>Aucune stratégie pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="643"/>
        <source>Version {version}. Objectives: {objectives}</source>
        <translation>Version {version}. Objectifs : {objectives}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="653"/>
        <source>{status} — overdue</source>
        <translation>{status} — en retard</translation>
    </message>
</context>
<context>
    <name>StrategiesPage</name>
    <message>
        <location filename="../../ui/strategies_page.py" line="67"/>
        <location filename="../../ui/strategies_page.py" line="96"/>
        <location filename="../../ui/strategies_page.py" line="122"/>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="68"/>
        <source>All pillars</source>
        <translation>Tous les piliers</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="73"/>
        <location filename="../../ui/strategies_page.py" line="101"/>
        <location filename="../../ui/strategies_page.py" line="124"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="74"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="78"/>
        <source>Only overdue or blocked</source>
        <translation>Seulement en retard ou bloquées</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="85"/>
        <source>No situation has a strategy yet. Add one under Situations.</source>
        <translation>Aucune situation n&apos;a encore de stratégie. Ajoutez-en une sous Situations.</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="91"/>
        <source>Actions of every situation&apos;s strategy</source>
        <translation>Actions de la stratégie de chaque situation</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="94"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="95"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="97"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="98"/>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="99"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="100"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="113"/>
        <source>Objectives of its situation…</source>
        <translation>Objectifs de sa situation…</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="154"/>
        <source>The actions could not be loaded.</source>
        <translation>Les actions n’ont pas pu être chargées.</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="188"/>
        <source>{status} — overdue</source>
        <translation>{status} — en retard</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="214"/>
        <source>{actions} in {situations}; {overdue} overdue, {blocked} blocked</source>
        <translation>{actions} dans {situations} ; {overdue} en retard, {blocked} bloquée(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategies_page.py" line="215"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategies_page.py" line="216"/>
        <source>%n situation(s)</source>
        <translation>
            <numerusform>%n situation</numerusform>
            <numerusform>%n situations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/passphrase.py" line="104"/>
        <source>Too short</source>
        <translation>Trop courte</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="105"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="106"/>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="107"/>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="108"/>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_page.py" line="271"/>
        <source>HQ</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="272"/>
        <source>Last success</source>
        <translation>Dernière synchronisation réussie</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="273"/>
        <source>Waiting to go</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="274"/>
        <source>To fetch from HQ</source>
        <translation>À recevoir du Siège</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="275"/>
        <source>Not fetched</source>
        <translation>Non reçus</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="277"/>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="279"/>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="281"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="283"/>
        <source>Enrol with HQ…</source>
        <translation>S’inscrire auprès du Siège…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="290"/>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="303"/>
        <location filename="../../ui/sync_page.py" line="309"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="303"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="303"/>
        <source>Needs</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="306"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="309"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="309"/>
        <source>HQ&apos;s reason</source>
        <translation>Motif du Siège</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="304"/>
        <location filename="../../ui/sync_page.py" line="318"/>
        <source>Conflicts to merge</source>
        <translation>Conflits à fusionner</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="311"/>
        <source>Refused by HQ (quarantine)</source>
        <translation>Refusées par le Siège (quarantaine)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="324"/>
        <source>Refused by HQ (quarantine): these changes are kept here and did not block the others</source>
        <translation>Refusées par le Siège (quarantaine) : ces modifications sont conservées ici et n’ont pas bloqué les autres</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="379"/>
        <source>The sync status could not be read.</source>
        <translation>L’état de la synchronisation n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="392"/>
        <source>Not enrolled: press Enrol with HQ… and type what HQ gave you</source>
        <translation>Non inscrit : appuyez sur S’inscrire auprès du Siège… et saisissez ce que le Siège vous a donné</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="399"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="402"/>
        <source>{changes} change(s), {files} file(s)</source>
        <translation>{changes} modification(s), {files} fichier(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="409"/>
        <source>%n file(s), {size} left</source>
        <translation>
            <numerusform>%n fichier, il reste {size}</numerusform>
            <numerusform>%n fichiers, il reste {size}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="413"/>
        <location filename="../../ui/sync_page.py" line="430"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="420"/>
        <source>%n file(s) HQ refused to send (last on {when}): not for this device&apos;s team or audience, or no longer held at HQ. Their records are here without them.</source>
        <translation>
            <numerusform>%n fichier que le Siège a refusé d’envoyer (dernière fois le {when}) : il ne relève pas de l’équipe ou du niveau de diffusion de cet appareil, ou le Siège ne le détient plus. Son dossier est ici sans lui.</numerusform>
            <numerusform>%n fichiers que le Siège a refusé d’envoyer (dernière fois le {when}) : ils ne relèvent pas de l’équipe ou du niveau de diffusion de cet appareil, ou le Siège ne les détient plus. Leurs dossiers sont ici sans eux.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="432"/>
        <source>Sync: not set up</source>
        <translation>Synchronisation : non configurée</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="435"/>
        <source>Sync: {count} waiting</source>
        <translation>Synchronisation : {count} en attente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="438"/>
        <source>Sync: %n file(s) to fetch</source>
        <translation>
            <numerusform>Synchronisation : %n fichier à recevoir</numerusform>
            <numerusform>Synchronisation : %n fichiers à recevoir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="440"/>
        <source>Sync: failed, will retry</source>
        <translation>Synchronisation : échec, nouvelle tentative prévue</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="442"/>
        <source>Sync: up to date</source>
        <translation>Synchronisation : à jour</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="450"/>
        <source>HQ says this computer&apos;s clock is {hours} hours ahead. Correct it: HQ treats its time stamps as HQ&apos;s own time.</source>
        <translation>Selon le Siège, l’horloge de cet ordinateur avance de {hours} heures. Corrigez-la : le Siège interprète les horodatages de cet ordinateur comme étant à l’heure du Siège.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="463"/>
        <source>merge</source>
        <translation>fusionner</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="489"/>
        <source>when you choose Sync now</source>
        <translation>quand vous choisissez « Synchroniser maintenant »</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="492"/>
        <source>in {seconds} s</source>
        <translation>dans {seconds} s</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="499"/>
        <source>after enrolment</source>
        <translation>après l’inscription</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="506"/>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="507"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="528"/>
        <source>changes sent: {sent}, received: {received}</source>
        <translation>modifications envoyées : {sent}, reçues : {received}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="538"/>
        <source>fetching files from HQ: {done} of {total} done, {got} of {size}</source>
        <translation>réception des fichiers du Siège : {done} sur {total} reçus, {got} sur {size}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="540"/>
        <source>files fetched from HQ: {done} of {total} ({got})</source>
        <translation>fichiers reçus du Siège : {done} sur {total} ({got})</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="577"/>
        <source>erased on HQ&apos;s order</source>
        <translation>effacé sur ordre du siège</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="594"/>
        <source>Failed: {problem}</source>
        <translation>Échec : {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="643"/>
        <source>The merge could not be saved.</source>
        <translation>La fusion n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="291"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="292"/>
        <source>Cancel this sync</source>
        <translation>Annuler cette synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="583"/>
        <source>Sync cancelled; what was received is kept, and the next sync goes on from there.</source>
        <translation>Synchronisation annulée ; ce qui a été reçu est conservé, et la prochaine synchronisation reprendra à partir de là.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="604"/>
        <source>stopping…</source>
        <translation>arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>TaskForceDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="359"/>
        <source>Inter-agency task force</source>
        <translation>Équipe spéciale interinstitutions</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="362"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="363"/>
        <source>Member entities</source>
        <translation>Entités membres</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="364"/>
        <source>Established on</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="365"/>
        <source>Situation Response Coordinator</source>
        <translation>Coordonnateur de la réponse à la situation</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="366"/>
        <source>Coordinator&apos;s name</source>
        <translation>Nom du coordonnateur</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="367"/>
        <source>Coordinator&apos;s entity</source>
        <translation>Entité du coordonnateur</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="368"/>
        <source>Appointed on</source>
        <translation>Nommé le</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="369"/>
        <source>Task force</source>
        <translation>Équipe spéciale</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="376"/>
        <source>A Situation Response Coordinator is appointed</source>
        <translation>Un coordonnateur de la réponse à la situation est nommé</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="97"/>
        <source>Warning-to-action timeline</source>
        <translation>Chronologie de l’alerte à l’action</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="102"/>
        <source>Timeline of warnings and actions</source>
        <translation>Chronologie des alertes et des actions</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="106"/>
        <source>From the first warning to</source>
        <translation>De la première alerte à</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="107"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="108"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="109"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="112"/>
        <source>Intervals from the first warning</source>
        <translation>Délais depuis la première alerte</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="118"/>
        <location filename="../../ui/timeline_dialog.py" line="119"/>
        <source>After-action review (draft)</source>
        <translation>Examen a posteriori (projet)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="132"/>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="133"/>
        <source>Save JSON…</source>
        <translation>Enregistrer en JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="160"/>
        <source>The timeline could not be built.</source>
        <translation>La chronologie n’a pas pu être établie.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="166"/>
        <source>{name}, as of {date}</source>
        <translation>{name}, au {date}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="194"/>
        <source>Save the timeline</source>
        <translation>Enregistrer la chronologie</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="195"/>
        <source>timeline.pdf</source>
        <translation>chronologie.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="195"/>
        <source>timeline.json</source>
        <translation>chronologie.json</translation>
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
        <translation>La chronologie n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="216"/>
        <location filename="../../ui/timeline_dialog.py" line="233"/>
        <source>Saved to {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="124"/>
        <source>Unlock Upfront</source>
        <translation>Déverrouiller Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="138"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="139"/>
        <location filename="../../ui/unlock.py" line="321"/>
        <location filename="../../ui/unlock.py" line="325"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="162"/>
        <source>Too many wrong attempts.</source>
        <translation>Trop de tentatives erronées.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="173"/>
        <source>&amp;Remember me on this device</source>
        <translation>Se &amp;souvenir de moi sur cet appareil</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="179"/>
        <source>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</source>
        <translation>Conserver une clé dans le trousseau sécurisé de cet ordinateur pour qu’Upfront s’ouvre sans phrase secrète. Uniquement sur un ordinateur que vous êtes seul à utiliser.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="188"/>
        <source>This computer has no secure keyring (such as Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet), so Upfront cannot remember you here. Enter your passphrase each time.</source>
        <translation>Cet ordinateur n’a pas de trousseau sécurisé (comme le Gestionnaire d’identification Windows, le Trousseau macOS, GNOME Keyring ou KWallet) ; Upfront ne peut donc pas se souvenir de vous ici. Saisissez votre phrase secrète à chaque fois.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="194"/>
        <source>Not available: this computer has no secure keyring.</source>
        <translation>Non disponible : cet ordinateur n’a pas de trousseau sécurisé.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="199"/>
        <location filename="../../ui/unlock.py" line="271"/>
        <source>U&amp;ser:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="201"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="206"/>
        <source>Upfront is locked</source>
        <translation>Upfront est verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="208"/>
        <source>The records on this computer are encrypted. Enter your passphrase to open them.</source>
        <translation>Les dossiers de cet ordinateur sont chiffrés. Saisissez votre phrase secrète pour les ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="220"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clé de récupération :</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="223"/>
        <source>Unlock with the recovery key</source>
        <translation>Déverrouiller avec la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="225"/>
        <source>Type the recovery key that was printed or written down when Upfront was set up on this computer. Dashes and spaces are optional, and lower-case letters are fine.</source>
        <translation>Saisissez la clé de récupération imprimée ou notée lors de la configuration d’Upfront sur cet ordinateur. Les tirets et les espaces sont facultatifs, et les minuscules sont acceptées.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="238"/>
        <source>Upfront cannot open the records</source>
        <translation>Upfront ne peut pas ouvrir les dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="244"/>
        <source>If you have a backup copy of the key file (keys.json), put it back in this folder and choose Try again:
{folder}</source>
        <translation>Si vous avez une copie de sauvegarde du fichier de clés (keys.json), remettez-la dans ce dossier et choisissez Réessayer :
{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="275"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="275"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Répétez la phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="279"/>
        <source>Choose a new passphrase</source>
        <translation>Choisissez une nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="281"/>
        <source>The recovery key was accepted. Choose whose passphrase to replace, or type a new name, and set the passphrase to use from now on. The recovery key stays valid.</source>
        <translation>La clé de récupération a été acceptée. Choisissez l’utilisateur dont la phrase secrète est à remplacer, ou saisissez un nouveau nom, puis définissez la phrase secrète à utiliser désormais. La clé de récupération reste valable.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="320"/>
        <source>Use recovery key</source>
        <translation>Utiliser la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="324"/>
        <source>Use passphrase</source>
        <translation>Utiliser la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="328"/>
        <source>Set passphrase and &amp;open</source>
        <translation>Définir et &amp;ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="331"/>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="347"/>
        <source>No user has a passphrase for this store. Use the recovery key.</source>
        <translation>Aucun utilisateur n’a de phrase secrète pour ce coffre. Utilisez la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="370"/>
        <source>Opening with the key remembered on this device…</source>
        <translation>Ouverture avec la clé mémorisée sur cet appareil…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="394"/>
        <source>Setting the new passphrase…</source>
        <translation>Enregistrement de la nouvelle phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="406"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="498"/>
        <source>The recovery key is not correct. Nothing was changed.</source>
        <translation>La clé de récupération n’est pas correcte. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="503"/>
        <source>Wrong passphrase for “{user}”. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Phrase secrète incorrecte pour « {user} ». Vérifiez la disposition du clavier et la touche Verr. Maj, puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="549"/>
        <source>You can try again in %n s.</source>
        <translation>
            <numerusform>Vous pourrez réessayer dans %n s.</numerusform>
            <numerusform>Vous pourrez réessayer dans %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/users_dialog.py" line="144"/>
        <location filename="../../ui/users_dialog.py" line="213"/>
        <source>Users and passphrases</source>
        <translation>Utilisateurs et phrases secrètes</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="155"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="158"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="184"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="191"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="192"/>
        <source>&amp;Remove user…</source>
        <translation>&amp;Retirer l’utilisateur…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="193"/>
        <source>Change &amp;my passphrase…</source>
        <translation>Changer &amp;ma phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="217"/>
        <source>Each user opens the records on this computer with a passphrase of their own, and is named as the author of what they record. The recovery key opens the store too; it is not a user and cannot be removed.</source>
        <translation>Chaque utilisateur ouvre les dossiers de cet ordinateur avec sa propre phrase secrète et est nommé comme auteur de ce qu’il enregistre. La clé de récupération ouvre aussi le coffre ; ce n’est pas un utilisateur et elle ne peut pas être retirée.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="223"/>
        <source>&amp;Users:</source>
        <translation>&amp;Utilisateurs :</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="243"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="245"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="245"/>
        <location filename="../../ui/users_dialog.py" line="296"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Répétez la phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="248"/>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="250"/>
        <source>The new user types this passphrase to open Upfront on this computer, and can change it afterwards. Give it to them in person, never by e-mail or message.</source>
        <translation>Le nouvel utilisateur tape cette phrase secrète pour ouvrir Upfront sur cet ordinateur et pourra la changer ensuite. Donnez-la-lui en personne, jamais par courriel ni par message.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="269"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clé de récupération :</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="293"/>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète a&amp;ctuelle :</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="296"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="299"/>
        <source>Change the passphrase of “{user}”</source>
        <translation>Changer la phrase secrète de « {user} »</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="301"/>
        <source>From now on only the new passphrase opens Upfront for you. If this computer remembered you, it forgets you until you choose to be remembered again.</source>
        <translation>Désormais, seule la nouvelle phrase secrète ouvre Upfront pour vous. Si cet ordinateur se souvenait de vous, il vous oublie jusqu’à ce que vous choisissiez de nouveau qu’il se souvienne de vous.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="337"/>
        <source>{user} (you)</source>
        <translation>{user} (vous)</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="365"/>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter l’utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="368"/>
        <source>&amp;Remove and replace the key</source>
        <translation>&amp;Retirer et remplacer la clé</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="377"/>
        <source>Change pass&amp;phrase</source>
        <translation>Changer la &amp;phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="431"/>
        <source>Enter the new user&apos;s name.</source>
        <translation>Saisissez le nom du nouvel utilisateur.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="437"/>
        <source>A user named “{user}” already has a passphrase here. Choose another name.</source>
        <translation>Un utilisateur nommé « {user} » a déjà une phrase secrète ici. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="449"/>
        <source>Enter your current passphrase.</source>
        <translation>Saisissez votre phrase secrète actuelle.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="457"/>
        <source>This is the only user: the store needs at least one. Add another user first, or use the emergency wipe to destroy the store.</source>
        <translation>C’est le seul utilisateur : le coffre en exige au moins un. Ajoutez d’abord un autre utilisateur, ou utilisez l’effacement d’urgence pour détruire le coffre.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="462"/>
        <source>You cannot remove yourself while you are using the store. Another user can remove you.</source>
        <translation>Vous ne pouvez pas vous retirer vous-même pendant que vous utilisez le coffre. Un autre utilisateur peut vous retirer.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="471"/>
        <source>A sync is running. Removing a user replaces the database key, so wait until the sync ends, then try again.</source>
        <translation>Une synchronisation est en cours. Retirer un utilisateur remplace la clé de la base de données : attendez la fin de la synchronisation, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="480"/>
        <source>Select the user to remove.</source>
        <translation>Sélectionnez l’utilisateur à retirer.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="487"/>
        <source>Remove “{user}”?</source>
        <translation>Retirer « {user} » ?</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="491"/>
        <source>Upfront replaces the database key (a key rotation) as it removes “{user}”. Afterwards neither their passphrase nor any copy of the key file they may have kept opens the records on this computer. Every other user&apos;s passphrase and the recovery key go on working as before.

The whole database is rewritten, which can take a while for a large store; nothing is lost if the computer stops meanwhile.</source>
        <translation>En retirant « {user} », Upfront remplace la clé de la base de données (une rotation de clé). Ensuite, ni sa phrase secrète ni aucune copie du fichier de clés qu’il aurait gardée n’ouvrent les dossiers de cet ordinateur. Les phrases secrètes des autres utilisateurs et la clé de récupération continuent de fonctionner comme avant.

Toute la base de données est réécrite, ce qui peut prendre un moment pour un grand coffre ; rien n’est perdu si l’ordinateur s’arrête entre-temps.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="506"/>
        <source>Needed once: the recovery key was made by an earlier version of Upfront and is converted on the way.</source>
        <translation>Nécessaire une seule fois : la clé de récupération a été créée par une version antérieure d’Upfront et est convertie au passage.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="551"/>
        <source>Adding the user…</source>
        <translation>Ajout de l’utilisateur…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="556"/>
        <source>“{user}” can now open Upfront on this computer.</source>
        <translation>« {user} » peut désormais ouvrir Upfront sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="581"/>
        <source>Enter the recovery key.</source>
        <translation>Saisissez la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="585"/>
        <source>Removing “{user}” and replacing the key…</source>
        <translation>Retrait de « {user} » et remplacement de la clé…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="602"/>
        <source>“{user}” was removed and the database key replaced. Their passphrase no longer opens the records here.</source>
        <translation>« {user} » a été retiré et la clé de la base de données remplacée. Sa phrase secrète n’ouvre plus les dossiers ici.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="615"/>
        <source>The recovery key is not correct. Nothing was changed.</source>
        <translation>La clé de récupération n’est pas correcte. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="621"/>
        <source>Upfront is open in another window or program on this computer. Removing a user needs the store to itself: close Upfront there, then try again. Nothing was changed.</source>
        <translation>Upfront est ouvert dans une autre fenêtre ou un autre programme sur cet ordinateur. Retirer un utilisateur exige d’avoir le coffre pour soi seul : fermez Upfront là-bas, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="631"/>
        <source>Some users&apos; passphrases were set by an earlier version of Upfront and have not been used since. Each of them opens Upfront once on this computer; then the user can be removed. Nothing was changed.</source>
        <translation>Les phrases secrètes de certains utilisateurs ont été définies par une version antérieure d’Upfront et n’ont pas servi depuis. Chacun d’eux ouvre Upfront une fois sur cet ordinateur ; l’utilisateur pourra ensuite être retiré. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="669"/>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="674"/>
        <source>The passphrase of “{user}” was changed.</source>
        <translation>La phrase secrète de « {user} » a été changée.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="680"/>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>La phrase secrète actuelle n’est pas correcte. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>ViolationChoice</name>
    <message>
        <location filename="../../ui/incident_editor/fields.py" line="48"/>
        <source>Violation {number} (missing)</source>
        <translation>Violation {number} (manquante)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/fields.py" line="58"/>
        <source>{number}: {label}</source>
        <translation>{number} : {label}</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="334"/>
        <source>Several entries hold “{text}”: choose one in the list</source>
        <translation>Plusieurs entrées contiennent « {text} » : choisissez-en une dans la liste</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="336"/>
        <source>Nothing in the list matches “{text}”</source>
        <translation>Rien dans la liste ne correspond à « {text} »</translation>
    </message>
</context>
<context>
    <name>VocabHelp</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="250"/>
        <source>{field}: what each entry means</source>
        <translation>{field} : signification de chaque entrée</translation>
    </message>
</context>
<context>
    <name>VocabHelpButton</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="283"/>
        <source>What do these mean?</source>
        <translation>Que signifient-ils ?</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="284"/>
        <source>{field}: what do these mean?</source>
        <translation>{field} : que signifient-ils ?</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Emergency wipe</source>
        <translation>Effacement d’urgence</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>The emergency wipe destroys the key file and deletes the encrypted database in this folder:
{folder}

Every record on this computer becomes unreadable for good, including any copy or backup of the database. Records already sent to HQ are not affected. Unsaved work in open editors is lost. This cannot be undone.

Afterwards Upfront starts again as on a new computer.</source>
        <translation>L’effacement d’urgence détruit le fichier de clés et supprime la base de données chiffrée de ce dossier :
{folder}

Tous les dossiers de cet ordinateur deviennent illisibles pour toujours, y compris toute copie ou sauvegarde de la base de données. Les dossiers déjà envoyés au siège ne sont pas touchés. Le travail non enregistré dans les éditeurs ouverts est perdu. Cette opération est irréversible.

Ensuite, Upfront redémarre comme sur un nouvel ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>To confirm, type {word}:</source>
        <translation>Pour confirmer, tapez {word} :</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Wipe everything</source>
        <translation>&amp;Tout effacer</translation>
    </message>
</context>
<context>
    <name>_CheckPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="446"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="449"/>
        <source>Every row is checked; nothing is imported yet. A row with an error is never imported.</source>
        <translation>Chaque ligne est contrôlée ; rien n’est encore importé. Une ligne comportant une erreur n’est jamais importée.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="454"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <location filename="../../ui/exchange_dialogs.py" line="462"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="458"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="460"/>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="462"/>
        <source>Likely duplicate of</source>
        <translation>Doublon probable de</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="462"/>
        <source>Title similarity</source>
        <translation>Similarité des titres</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="464"/>
        <source>Import likely duplicates too</source>
        <translation>Importer aussi les doublons probables</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="466"/>
        <source>Save the errors…</source>
        <translation>Enregistrer les erreurs…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="468"/>
        <source>A CSV file of the errors: row, column, field and problem, no cell&apos;s value</source>
        <translation>Un fichier CSV des erreurs : ligne, colonne, champ et problème, sans la valeur d’aucune cellule</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="471"/>
        <source>Save the mapping…</source>
        <translation>Enregistrer la correspondance…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="474"/>
        <source>The columns and the codes chosen for values, in a mapping file for the next import of such a file</source>
        <translation>Les colonnes et les codes choisis pour les valeurs, dans un fichier de correspondance pour le prochain import d’un tel fichier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="516"/>
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Contrôle de %n ligne…</numerusform>
            <numerusform>Contrôle de %n lignes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="551"/>
        <source>{rows} rows: {valid} valid, {errors} with errors, %n likely duplicate(s)</source>
        <translation>
            <numerusform>{rows} lignes : {valid} valides, {errors} avec des erreurs, %n doublon probable</numerusform>
            <numerusform>{rows} lignes : {valid} valides, {errors} avec des erreurs, %n doublons probables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="563"/>
        <source>%n value(s) of the file match no code: Next lists them, to choose the code each stands for.</source>
        <translation>
            <numerusform>%n valeur du fichier ne correspond à aucun code : Suivant la montre, pour choisir le code qu’elle désigne.</numerusform>
            <numerusform>%n valeurs du fichier ne correspondent à aucun code : Suivant les liste, pour choisir le code que chacune désigne.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="577"/>
        <source>The rows could not be checked.</source>
        <translation>Les lignes n’ont pas pu être contrôlées.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="605"/>
        <source>Save the errors</source>
        <translation>Enregistrer les erreurs</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="605"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="619"/>
        <source>The errors were not saved.</source>
        <translation>Les erreurs n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="621"/>
        <source>Errors saved in {file}.</source>
        <translation>Erreurs enregistrées dans {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="627"/>
        <source>Save the mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="627"/>
        <source>Mappings (*.json)</source>
        <translation>Correspondances (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="639"/>
        <source>The mapping was not saved.</source>
        <translation>La correspondance n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="641"/>
        <source>Mapping saved in {file}.</source>
        <translation>Correspondance enregistrée dans {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="647"/>
        <source>incident {ref}</source>
        <translation>incident {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="649"/>
        <source>row {ref}</source>
        <translation>ligne {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="520"/>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>_ChoosePage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="165"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="168"/>
        <source>A spreadsheet (.csv in UTF-8, or .xlsx) or a JSON export of incidents. Nothing is imported before the last step.</source>
        <translation>Une feuille de calcul (.csv en UTF-8, ou .xlsx) ou une exportation JSON d’incidents. Rien n’est importé avant la dernière étape.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="176"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="179"/>
        <source>Columns named like Upfront&apos;s fields</source>
        <translation>Colonnes nommées comme les champs d’Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="180"/>
        <source>KoboToolbox starter</source>
        <translation>Correspondance de base KoboToolbox</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="181"/>
        <source>Other mapping file…</source>
        <translation>Autre fichier de correspondance…</translation>
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
        <translation>Europe occidentale, Windows (cp1252)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="189"/>
        <source>Arabic, Windows (cp1256)</source>
        <translation>Arabe, Windows (cp1256)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="190"/>
        <source>Cyrillic, Windows (cp1251)</source>
        <translation>Cyrillique, Windows (cp1251)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="191"/>
        <source>Chinese (GB 18030)</source>
        <translation>Chinois (GB 18030)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="196"/>
        <source>Found on the header line</source>
        <translation>Trouvé sur la ligne d’en-tête</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="197"/>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="198"/>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="199"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="174"/>
        <location filename="../../ui/exchange_dialogs.py" line="211"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="212"/>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="213"/>
        <source>Encoding (CSV)</source>
        <translation>Encodage (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="214"/>
        <source>Separator (CSV)</source>
        <translation>Séparateur (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="240"/>
        <source>Import incidents</source>
        <translation>Importer des incidents</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="241"/>
        <source>Incident files (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>Fichiers d’incidents (*.csv *.xlsx *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="250"/>
        <source>Mapping file</source>
        <translation>Fichier de correspondance</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="250"/>
        <source>Mappings (*.json)</source>
        <translation>Correspondances (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="291"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="318"/>
        <source>The file could not be read.</source>
        <translation>Le fichier n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>_FieldsDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="80"/>
        <source>{field}: is required.</source>
        <translation>{field} : obligatoire.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="91"/>
        <source>{field}: {reason}</source>
        <translation>{field} : {reason}</translation>
    </message>
</context>
<context>
    <name>_ImportPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="754"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="757"/>
        <source>The rows are written in one go, and only when you click Import; until then nothing is in the store.</source>
        <translation>Les lignes sont enregistrées en une seule fois, et seulement lorsque vous cliquez sur Importer ; d’ici là, rien n’entre dans le coffre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="780"/>
        <source>%n row(s) will be imported.</source>
        <translation>
            <numerusform>%n ligne sera importée.</numerusform>
            <numerusform>%n lignes seront importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="782"/>
        <source>%n likely duplicate(s) left out.</source>
        <translation>
            <numerusform>%n doublon probable écarté.</numerusform>
            <numerusform>%n doublons probables écartés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="784"/>
        <source>%n row(s) with errors left out.</source>
        <translation>
            <numerusform>%n ligne comportant des erreurs écartée.</numerusform>
            <numerusform>%n lignes comportant des erreurs écartées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="786"/>
        <source>No row can be imported.</source>
        <translation>Aucune ligne ne peut être importée.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="790"/>
        <source>Every valid row is a likely duplicate; tick &quot;Import likely duplicates too&quot; on the previous page to import them.</source>
        <translation>Toutes les lignes valides sont des doublons probables ; cochez « Importer aussi les doublons probables » à la page précédente pour les importer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="798"/>
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Importer %n ligne</numerusform>
            <numerusform>Importer %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="813"/>
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importation de %n ligne…</numerusform>
            <numerusform>Importation de %n lignes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="837"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="838"/>
        <source>Imported %n incident(s).</source>
        <translation>
            <numerusform>%n incident importé.</numerusform>
            <numerusform>%n incidents importés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="848"/>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="816"/>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="843"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importation annulée ; rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="330"/>
        <location filename="../../ui/exchange_dialogs.py" line="342"/>
        <source>Mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="333"/>
        <source>Which field each column of the file fills; choose another in the list to change it. Columns that are not mapped are ignored.</source>
        <translation>Le champ que remplit chaque colonne du fichier ; choisissez-en un autre dans la liste pour le changer. Les colonnes sans correspondance sont ignorées.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="341"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="341"/>
        <source>Upfront field</source>
        <translation>Champ Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="343"/>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="362"/>
        <source>This JSON file holds %n incident record(s). They are read as they are: a mapping does not apply.</source>
        <translation>
            <numerusform>Ce fichier JSON contient %n dossier d’incident. Il est lu tel quel : aucune correspondance ne s’applique.</numerusform>
            <numerusform>Ce fichier JSON contient %n dossiers d’incidents. Ils sont lus tels quels : aucune correspondance ne s’applique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="373"/>
        <source>Mapping: {mapping}. %n column(s) of the file are read.</source>
        <translation>
            <numerusform>Correspondance : {mapping}. %n colonne du fichier est lue.</numerusform>
            <numerusform>Correspondance : {mapping}. %n colonnes du fichier sont lues.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="381"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="388"/>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="394"/>
        <source>Field of column {column}</source>
        <translation>Champ de la colonne {column}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="407"/>
        <source>not mapped, ignored</source>
        <translation>sans correspondance, ignorée</translation>
    </message>
</context>
<context>
    <name>_ResolvePage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="663"/>
        <location filename="../../ui/exchange_dialogs.py" line="675"/>
        <source>Values that match no code</source>
        <translation>Valeurs sans code correspondant</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="666"/>
        <source>These values of the file are not in Upfront&apos;s lists. Choose what each one stands for, and the rows are checked again; a value left as it is keeps its rows out of the import.</source>
        <translation>Ces valeurs du fichier ne figurent pas dans les listes d’Upfront. Choisissez ce que chacune désigne, et les lignes sont vérifiées à nouveau ; une valeur laissée telle quelle tient ses lignes hors de l’import.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Value in the file</source>
        <translation>Valeur dans le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Cells</source>
        <translation>Cellules</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="691"/>
        <source>(leave as it is)</source>
        <translation>(laisser tel quel)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="698"/>
        <source>Code for {value} ({field})</source>
        <translation>Code pour {value} ({field})</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="728"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="728"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <location filename="../../ui/saving_dialog.py" line="70"/>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
</context>
<context>
    <name>describe_error</name>
    <message>
        <location filename="../../ui/failures.py" line="41"/>
        <source>The passphrase is not correct. Nothing was changed.</source>
        <translation>La phrase secrète est incorrecte. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="45"/>
        <source>The key file of this store cannot be read, so the records cannot be opened. Nothing was changed.</source>
        <translation>Le fichier de clés de ce coffre est illisible ; les dossiers ne peuvent donc pas être ouverts. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="51"/>
        <source>The database does not match this store&apos;s key file: it may be damaged or belong to another installation. Nothing was changed.</source>
        <translation>La base de données ne correspond pas au fichier de clés de ce coffre : elle est peut-être endommagée ou appartient à une autre installation. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="57"/>
        <source>These records were saved by a newer version of Upfront. Install that version or a newer one to open them. Nothing was changed.</source>
        <translation>Ces dossiers ont été enregistrés par une version plus récente d’Upfront. Installez cette version ou une version ultérieure pour les ouvrir. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="63"/>
        <source>There is no Upfront store in this folder.</source>
        <translation>Il n’y a pas de coffre Upfront dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="67"/>
        <source>A store already exists in this folder. Start Upfront again to unlock it.</source>
        <translation>Un coffre existe déjà dans ce dossier. Redémarrez Upfront pour le déverrouiller.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="72"/>
        <source>The store stays locked.</source>
        <translation>Le coffre reste verrouillé.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="76"/>
        <source>Upfront could not read or write a file.</source>
        <translation>Upfront n’a pas pu lire ou écrire un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="84"/>
        <source>Something unexpected went wrong. Please tell your IT focal point what you were doing.</source>
        <translation>Une erreur inattendue s’est produite. Veuillez indiquer à votre point focal informatique ce que vous faisiez.</translation>
    </message>
</context>
<context>
    <name>name_problem</name>
    <message>
        <location filename="../../ui/passphrase.py" line="60"/>
        <source>Enter your name.</source>
        <translation>Saisissez votre nom.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="63"/>
        <source>Use at most {maximum} printable characters.</source>
        <translation>Utilisez au plus {maximum} caractères imprimables.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="69"/>
        <source>“recovery” is reserved for the recovery key.</source>
        <translation>« recovery » est réservé à la clé de récupération.</translation>
    </message>
</context>
</TS>
