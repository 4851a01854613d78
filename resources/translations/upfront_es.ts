<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AcknowledgementDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="514"/>
        <source>Acknowledgement of the guidance</source>
        <translation>Acuse de recibo de la orientación</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="517"/>
        <source>Acknowledged by (the RC)</source>
        <translation>Acusado por (el CR)</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="518"/>
        <source>Acknowledged on</source>
        <translation>Acusado el</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="519"/>
        <source>Recorded on the RC&apos;s behalf</source>
        <translation>Registrado en nombre del CR</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="520"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="524"/>
        <source>Version {n}: {title}</source>
        <translation>Versión {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="533"/>
        <source>the Resident Coordinator&apos;s name</source>
        <translation>el nombre del Coordinador Residente</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="541"/>
        <source>Leave ticked when you record it for the RC; untick only on the RC office&apos;s own device.</source>
        <translation>Déjelo marcado si lo registra por el CR; desmárquelo solo en el dispositivo de la oficina del CR.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="549"/>
        <source>Guidance</source>
        <translation>Orientación</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="324"/>
        <source>Strategy action</source>
        <translation>Acción de la estrategia</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="337"/>
        <source>— none</source>
        <translation>— ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="342"/>
        <location filename="../../ui/situation_dialogs.py" line="359"/>
        <source>Partner UN entities</source>
        <translation>Entidades asociadas de las Naciones Unidas</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="346"/>
        <location filename="../../ui/situation_dialogs.py" line="360"/>
        <source>Risk factors addressed</source>
        <translation>Factores de riesgo abordados</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="351"/>
        <location filename="../../ui/situation_dialogs.py" line="361"/>
        <source>Incidents addressed</source>
        <translation>Incidentes abordados</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="354"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="355"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="356"/>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="357"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="358"/>
        <source>Lead UN entity</source>
        <translation>Entidad principal de las Naciones Unidas</translation>
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
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="364"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="365"/>
        <source>Indicators (one a line)</source>
        <translation>Indicadores (uno por línea)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/gui.py" line="188"/>
        <source>Erased on HQ&apos;s order</source>
        <translation>Borrado por orden de la sede</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="190"/>
        <source>HQ revoked this device and ordered it erased. Everything Upfront held on this computer was wiped, as the emergency wipe does.</source>
        <translation>La sede revocó este dispositivo y ordenó borrarlo. Todo lo que Upfront guardaba en este equipo se borró, como lo hace el borrado de emergencia.</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="205"/>
        <source>Emergency wipe</source>
        <translation>Borrado de emergencia</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="206"/>
        <source>The emergency wipe did not finish. Try again, or delete the data folder.</source>
        <translation>El borrado de emergencia no finalizó. Vuelva a intentarlo o elimine la carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../ui/review_page.py" line="83"/>
        <source>Approve “{title}”</source>
        <translation>Aprobar «{title}»</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="91"/>
        <source>(not assessed)</source>
        <translation>(sin evaluar)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="95"/>
        <source>Optional: what the review found</source>
        <translation>Opcional: lo que constató el examen</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="100"/>
        <source>&amp;Verification standard</source>
        <translation>Nivel de &amp;verificación</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="101"/>
        <source>&amp;Credibility</source>
        <translation>&amp;Credibilidad</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="102"/>
        <source>C&amp;omment</source>
        <translation>C&amp;omentario</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="107"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="114"/>
        <source>Approving makes the record reviewed, with you as its reviewer and today as the date of verification.</source>
        <translation>Al aprobarlo, el registro queda examinado, con usted como revisor y la fecha de hoy como fecha de verificación.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="128"/>
        <source>Verification standard: choose one in the list</source>
        <translation>Nivel de verificación: elija uno de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="134"/>
        <source>Comment: at most {n} characters</source>
        <translation>Comentario: {n} caracteres como máximo</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="123"/>
        <source>New risk assessment</source>
        <translation>Nueva evaluación de riesgos</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Risk factor</source>
        <translation>Factor de riesgo</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="150"/>
        <source>— not assessed</source>
        <translation>— sin evaluar</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="127"/>
        <location filename="../../ui/situation_dialogs.py" line="206"/>
        <source>Assessed on</source>
        <translation>Fecha de evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="57"/>
        <source>Indicators:</source>
        <translation>Indicadores:</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="133"/>
        <source>Risk factors</source>
        <translation>Factores de riesgo</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="153"/>
        <source>Level: {factor}</source>
        <translation>Nivel: {factor}</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="157"/>
        <source>— from the last assessment</source>
        <translation>— según la última evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="160"/>
        <source>Trend: {factor}</source>
        <translation>Tendencia: {factor}</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="166"/>
        <source>Rationale: {factor}</source>
        <translation>Justificación: {factor}</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="177"/>
        <source>Evidence for the risk factor</source>
        <translation>Pruebas del factor de riesgo</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="186"/>
        <source>Evidence: incidents</source>
        <translation>Pruebas: incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="197"/>
        <source>Evidence: humanitarian series</source>
        <translation>Pruebas: series humanitarias</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="207"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="209"/>
        <source>Evidence for</source>
        <translation>Pruebas de</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="210"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="211"/>
        <source>Humanitarian series</source>
        <translation>Series humanitarias</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="232"/>
        <source>{measure} in {place} ({dataset})</source>
        <translation>{measure} en {place} ({dataset})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/situation_dialogs.py" line="277"/>
        <source>{factor} (%n incident(s))</source>
        <translation>
            <numerusform>{factor} (%n incidente)</numerusform>
            <numerusform>{factor} (%n incidentes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/review_page.py" line="198"/>
        <source>Assign to a reviewer</source>
        <translation>Asignar a un revisor</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="202"/>
        <source>(no one: any reviewer)</source>
        <translation>(nadie: cualquier revisor)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="210"/>
        <source>&amp;Reviewer</source>
        <translation>&amp;Revisor</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="213"/>
        <source>A reviewer on another laptop of the team: type their user name.</source>
        <translation>Un revisor en otro portátil del equipo: escriba su nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>AudienceCombo</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="396"/>
        <source>Internal: the country team</source>
        <translation>Uso interno: el equipo de las Naciones Unidas en el país</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="397"/>
        <source>United Nations system</source>
        <translation>Sistema de las Naciones Unidas</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="398"/>
        <source>Trusted partners</source>
        <translation>Asociados de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="399"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <location filename="../../ui/briefing_panel.py" line="81"/>
        <location filename="../../ui/briefing_panel.py" line="120"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="82"/>
        <location filename="../../ui/briefing_panel.py" line="121"/>
        <source>To</source>
        <translation>Nuevo valor</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="84"/>
        <location filename="../../ui/briefing_panel.py" line="170"/>
        <source>Briefing template</source>
        <translation>Plantilla de la sesión informativa</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="86"/>
        <source>Security Council horizon scanning</source>
        <translation>Análisis prospectivo para el Consejo de Seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="87"/>
        <source>Deputy Secretary-General briefing Member States</source>
        <translation>Información de la Vicesecretaria General a los Estados Miembros</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="88"/>
        <source>Article 99</source>
        <translation>Artículo 99</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="92"/>
        <source>A template of my own…</source>
        <translation>Una plantilla propia…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="96"/>
        <location filename="../../ui/briefing_panel.py" line="123"/>
        <source>Audience</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="98"/>
        <location filename="../../ui/briefing_panel.py" line="124"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="103"/>
        <source>Standard of proof</source>
        <translation>Estándar de prueba</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="109"/>
        <source>Situations of concern in the briefing</source>
        <translation>Situaciones preocupantes de la sesión informativa</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="110"/>
        <source>Countries of the briefing</source>
        <translation>Países de la sesión informativa</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="112"/>
        <source>What the UN asks of Member States</source>
        <translation>Lo que las Naciones Unidas piden a los Estados Miembros</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="114"/>
        <source>In your words: what the UN asks of Member States, printed as written</source>
        <translation>Con sus palabras: lo que las Naciones Unidas piden a los Estados Miembros, impreso tal cual</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="122"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="125"/>
        <source>Figures at</source>
        <translation>Cifras al nivel de</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="126"/>
        <source>Situations</source>
        <translation>Situaciones</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="127"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="128"/>
        <source>Asks</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="129"/>
        <source>Save briefing as PDF…</source>
        <translation>Guardar la sesión informativa en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="136"/>
        <source>None ticked: every situation of the countries ticked, or of every country, whose dates meet the period. What the audience may read is decided before the briefing is drawn, by the rules of reports.</source>
        <translation>Ninguna marcada: todas las situaciones de los países marcados, o de todos los países, cuyas fechas coinciden con el período. Lo que el público puede leer se decide antes de trazar la sesión informativa, según las reglas de los informes.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="170"/>
        <source>Templates (*.json)</source>
        <translation>Plantillas (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="199"/>
        <source>Save briefing</source>
        <translation>Guardar la sesión informativa</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="199"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="216"/>
        <source>Gathering the briefing…</source>
        <translation>Preparando la sesión informativa…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="229"/>
        <source>{situations} situation(s), SHA-256 {digest}</source>
        <translation>{situations} situación(es), SHA-256 {digest}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="245"/>
        <source>Saving the briefing</source>
        <translation>Guardando la sesión informativa</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="249"/>
        <source>The briefing could not be saved.</source>
        <translation>No se pudo guardar la sesión informativa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/briefing_panel.py" line="253"/>
        <source>Saved %n page(s).</source>
        <translation>
            <numerusform>Se guardó %n página.</numerusform>
            <numerusform>Se guardaron %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="267"/>
        <source>The briefing could not be made.</source>
        <translation>No se pudo preparar la sesión informativa.</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="104"/>
        <source>Change selected incidents</source>
        <translation>Cambiar los incidentes seleccionados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_dialog.py" line="107"/>
        <source>Change the %n selected incident(s) at once.</source>
        <translation>
            <numerusform>Cambiar de una vez el incidente seleccionado.</numerusform>
            <numerusform>Cambiar de una vez los %n incidentes seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="111"/>
        <source>What to change</source>
        <translation>Qué cambiar</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="112"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="113"/>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="114"/>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="116"/>
        <source>Add to a situation</source>
        <translation>Añadir a una situación</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="118"/>
        <source>New value</source>
        <translation>Nuevo valor</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="124"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="125"/>
        <location filename="../../ui/bulk_dialog.py" line="133"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="134"/>
        <source>To</source>
        <translation>Nuevo valor</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="162"/>
        <source>Counting what the change does…</source>
        <translation>Contando lo que hace el cambio…</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="183"/>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="186"/>
        <source>Changing the incidents…</source>
        <translation>Cambiando los incidentes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_dialog.py" line="199"/>
        <source>Changed %n incident(s); {unchanged} already had that value.</source>
        <translation>
            <numerusform>%n incidente cambiado; {unchanged} ya tenían ese valor.</numerusform>
            <numerusform>%n incidentes cambiados; {unchanged} ya tenían ese valor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="211"/>
        <source>Nothing was changed: {reason}</source>
        <translation>No se cambió nada: {reason}</translation>
    </message>
</context>
<context>
    <name>CitedIncidents</name>
    <message>
        <location filename="../../ui/incident_picker.py" line="228"/>
        <source>Add incidents…</source>
        <translation>Añadir incidentes…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="229"/>
        <source>Add incidents: {list}</source>
        <translation>Añadir incidentes: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="231"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="232"/>
        <source>Remove from {list}</source>
        <translation>Quitar de: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="263"/>
        <source>The incidents could not be named.</source>
        <translation>No se pudieron mostrar los nombres de los incidentes.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="273"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="276"/>
        <source>(not on this device) {id}</source>
        <translation>(no está en este dispositivo) {id}</translation>
    </message>
</context>
<context>
    <name>ConfirmWideningDialog</name>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="39"/>
        <source>Let more people read these records?</source>
        <translation>¿Permitir que más personas lean estos registros?</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="41"/>
        <source>the country team</source>
        <translation>el equipo de país</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="42"/>
        <source>the United Nations system</source>
        <translation>el sistema de las Naciones Unidas</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="43"/>
        <source>trusted partners</source>
        <translation>los socios de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="44"/>
        <source>the public</source>
        <translation>el público</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="49"/>
        <source>This change applies to {selected} selected incident(s). It lets {audience} read {count} of them, which they cannot read now.</source>
        <translation>Este cambio se aplica a {selected} incidente(s) seleccionado(s). Permite que {audience} lea {count} de ellos, que hoy no puede leer.</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="59"/>
        <source>{count} of them have no summary cleared for partners and the public: their narrative is never released; outside the UN they are counted, without an account, until a second user clears a summary.</source>
        <translation>{count} de ellos no tienen un resumen aprobado para los socios y el público: su relato nunca se divulga; fuera de la ONU se cuentan, sin relato, hasta que un segundo usuario apruebe un resumen.</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="67"/>
        <source>What the change does</source>
        <translation>Lo que hace el cambio</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="70"/>
        <source>Let {audience} read them</source>
        <translation>Permitir que {audience} los lea</translation>
    </message>
</context>
<context>
    <name>CoordinationPanel</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="112"/>
        <source>Task force…</source>
        <translation>Equipo de tareas…</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="113"/>
        <source>Edit the task force</source>
        <translation>Editar el equipo de tareas</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="117"/>
        <source>Versions of the consolidated guidance</source>
        <translation>Versiones de la orientación consolidada</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="119"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="120"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="121"/>
        <source>Issued on</source>
        <translation>Emitida el</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="122"/>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="123"/>
        <source>Acknowledged</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="124"/>
        <source>Acknowledged by</source>
        <translation>Acusado por</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="125"/>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="133"/>
        <source>Text of the guidance version</source>
        <translation>Texto de la versión de la orientación</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="134"/>
        <source>Issue new version…</source>
        <translation>Emitir una nueva versión…</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="136"/>
        <source>Record acknowledgement…</source>
        <translation>Registrar el acuse de recibo…</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="142"/>
        <source>&lt;b&gt;Inter-agency task force&lt;/b&gt;</source>
        <translation>&lt;b&gt;Equipo de tareas interinstitucional&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="146"/>
        <source>&lt;b&gt;Consolidated guidance to the RC/HC&lt;/b&gt;</source>
        <translation>&lt;b&gt;Orientación consolidada al CR/CH&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="191"/>
        <source>The task force and guidance could not be loaded.</source>
        <translation>No se pudieron cargar el equipo de tareas y la orientación.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="212"/>
        <source>Yes, on {date}</source>
        <translation>Sí, el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="214"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="237"/>
        <source>{user}, on behalf of {rc}</source>
        <translation>{user}, en nombre de {rc}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="242"/>
        <source>{user}, on the RC office&apos;s own device</source>
        <translation>{user}, en el dispositivo de la oficina del CR</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="247"/>
        <source>No task force yet. Set one up with Task force….</source>
        <translation>Todavía no hay equipo de tareas. Créelo con Equipo de tareas….</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="252"/>
        <source>{name} (since {date})</source>
        <translation>{name} (desde el {date})</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="255"/>
        <source>Members: {members}</source>
        <translation>Miembros: {members}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="259"/>
        <source>, appointed on {date}</source>
        <translation>, nombrado el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="265"/>
        <source>Situation Response Coordinator: {name} ({entity}){appointed}</source>
        <translation>Coordinador de la Respuesta a la Situación: {name} ({entity}){appointed}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="272"/>
        <source>No Situation Response Coordinator appointed.</source>
        <translation>No se ha nombrado un Coordinador de la Respuesta a la Situación.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="294"/>
        <source>Acknowledged by {rc} on {date}; recorded by {who}.</source>
        <translation>Acusado por {rc} el {date}; registrado por {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="300"/>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets.py" line="330"/>
        <source>YYYY-MM-DD (none)</source>
        <translation>AAAA-MM-DD (ninguna)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="330"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="337"/>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="338"/>
        <source>{field}: pick in a calendar</source>
        <translation>{field}: elegir en un calendario</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="342"/>
        <source>{field}: calendar</source>
        <translation>{field}: calendario</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="411"/>
        <source>{field}: a date is needed.</source>
        <translation>{field}: se necesita una fecha.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="417"/>
        <source>{field}: “{text}” is not a date. Write it as YYYY-MM-DD, or pick it in the calendar.</source>
        <translation>{field}: «{text}» no es una fecha. Escríbala como AAAA-MM-DD o elíjala en el calendario.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="425"/>
        <source>{field}: {date} is after {latest}.</source>
        <translation>{field}: {date} es posterior a {latest}.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="100"/>
        <location filename="../../ui/review_dialog.py" line="119"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="108"/>
        <location filename="../../ui/review_dialog.py" line="120"/>
        <source>UN entity</source>
        <translation>Entidad de las Naciones Unidas</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="110"/>
        <location filename="../../ui/review_dialog.py" line="122"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="111"/>
        <source>Make it a strategy action</source>
        <translation>Convertirla en acción de la estrategia</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="112"/>
        <location filename="../../ui/review_dialog.py" line="124"/>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="113"/>
        <location filename="../../ui/review_dialog.py" line="125"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="114"/>
        <location filename="../../ui/review_dialog.py" line="126"/>
        <source>Lead UN entity</source>
        <translation>Entidad principal de las Naciones Unidas</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="118"/>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="121"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="167"/>
        <source>Situation: choose the situation the decision is for.</source>
        <translation>Situación: elija la situación a la que se refiere la decisión.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="170"/>
        <source>Decision: say what was decided.</source>
        <translation>Decisión: indique lo que se decidió.</translation>
    </message>
</context>
<context>
    <name>DecisionStatusDialog</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="187"/>
        <source>Decision status</source>
        <translation>Estado de la decisión</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="199"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="200"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="201"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="211"/>
        <source>Why: done, blocked or dropped needs a reason.</source>
        <translation>Por qué: una decisión cumplida, bloqueada o abandonada necesita un motivo.</translation>
    </message>
</context>
<context>
    <name>DraftsBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Reopen drafts</source>
        <translation>&amp;Reabrir borradores</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Not now</source>
        <translation>A&amp;hora no</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Upfront kept %n unsaved draft(s) from an earlier session (for example after a crash or a lock). Reopen them to continue where you stopped.</source>
        <translation>
            <numerusform>Upfront conservó %n borrador sin guardar de una sesión anterior (por ejemplo, tras un cierre inesperado o un bloqueo). Vuelva a abrirlo para continuar donde lo dejó.</numerusform>
            <numerusform>Upfront conservó %n borradores sin guardar de una sesión anterior (por ejemplo, tras un cierre inesperado o un bloqueo). Vuelva a abrirlos para continuar donde lo dejó.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../ui/engagement_panel.py" line="238"/>
        <location filename="../../ui/engagement_panel.py" line="268"/>
        <source>Engagement</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="238"/>
        <source>New engagement</source>
        <translation>Nueva gestión</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="242"/>
        <location filename="../../ui/engagement_panel.py" line="259"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="247"/>
        <source>who from the UN engaged</source>
        <translation>quién intervino por las Naciones Unidas</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="249"/>
        <source>the authority, mission or body met</source>
        <translation>la autoridad, misión u órgano con quien se trató</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="254"/>
        <location filename="../../ui/engagement_panel.py" line="266"/>
        <source>Follow-up due</source>
        <translation>Seguimiento previsto</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="260"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="261"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="262"/>
        <source>UN by</source>
        <translation>Por las Naciones Unidas</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="263"/>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="264"/>
        <source>What was asked</source>
        <translation>Lo que se pidió</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="265"/>
        <source>What was answered</source>
        <translation>Lo que se respondió</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="267"/>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="310"/>
        <source>{field}: is required.</source>
        <translation>{field}: es obligatorio.</translation>
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
        <translation>Registro de gestiones</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="68"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="69"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="70"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="71"/>
        <source>UN by</source>
        <translation>Por las Naciones Unidas</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="72"/>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="73"/>
        <source>Follow-up due</source>
        <translation>Seguimiento previsto</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="74"/>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="88"/>
        <source>Add engagement…</source>
        <translation>Añadir una gestión…</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="90"/>
        <source>Edit engagement…</source>
        <translation>Editar la gestión…</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="135"/>
        <source>The engagement log could not be loaded.</source>
        <translation>No se pudo cargar el registro de gestiones.</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="146"/>
        <source>No engagement recorded yet. Add one with Add engagement….</source>
        <translation>Todavía no hay gestiones registradas. Añada una con Añadir una gestión….</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="155"/>
        <source>{date} — overdue</source>
        <translation>{date} — con retraso</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="193"/>
        <source>Asked: {asked}
Answered: {answered}</source>
        <translation>Pedido: {asked}
Respondido: {answered}</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="89"/>
        <source>Enrol with HQ</source>
        <translation>Inscripción en la Sede</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="115"/>
        <source>The address HQ gave you, beginning with https://</source>
        <translation>La dirección que le dio la Sede, que empieza por https://</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="116"/>
        <source>Used once: HQ gives each device its own.</source>
        <translation>Se usa una sola vez: la Sede da uno a cada dispositivo.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="118"/>
        <source>64 letters and digits (0–9, A–F), as HQ gave them: spaces or colons are fine.</source>
        <translation>64 letras y dígitos (0–9, A–F), tal como los dio la Sede: se admiten espacios o dos puntos.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="120"/>
        <source>How HQ will call this computer.</source>
        <translation>El nombre con el que la Sede conocerá este ordenador.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="126"/>
        <source>HQ &amp;address</source>
        <translation>&amp;Dirección de la Sede</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="129"/>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="133"/>
        <source>CA &amp;fingerprint</source>
        <translation>&amp;Huella de la CA</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="137"/>
        <source>Device &amp;name</source>
        <translation>&amp;Nombre del dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="142"/>
        <location filename="../../ui/enrol_dialog.py" line="433"/>
        <source>Fingerprint of HQ&apos;s CA at this address</source>
        <translation>Huella de la CA de la Sede en esta dirección</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="150"/>
        <source>Fingerprint of HQ&apos;s CA</source>
        <translation>Huella de la CA de la Sede</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="152"/>
        <source>&amp;Show HQ&apos;s fingerprint</source>
        <translation>&amp;Mostrar la huella de la Sede</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="163"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="170"/>
        <source>Enrol this device with HQ</source>
        <translation>Inscribir este dispositivo en la Sede</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="174"/>
        <source>Once enrolled, this device sends its records to HQ and receives those of its team. Type what HQ gave you exactly.</source>
        <translation>Una vez inscrito, este dispositivo envía sus registros a la Sede y recibe los de su equipo. Escriba exactamente lo que le dio la Sede.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="197"/>
        <source>HQ address: is empty. Type the address HQ gave you.</source>
        <translation>Dirección de la Sede: está vacía. Escriba la dirección que le dio la Sede.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="202"/>
        <source>HQ address: the port after the colon is not a number.</source>
        <translation>Dirección de la Sede: el puerto después de los dos puntos no es un número.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="205"/>
        <location filename="../../ui/enrol_dialog.py" line="393"/>
        <source>HQ address: must begin with https:// followed by HQ&apos;s name, as HQ gave it.</source>
        <translation>Dirección de la Sede: debe empezar por https:// seguido del nombre de la Sede, tal como lo dio la Sede.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="215"/>
        <location filename="../../ui/enrol_dialog.py" line="395"/>
        <source>Token: is empty. Type the token HQ gave you.</source>
        <translation>Token: está vacío. Escriba el token que le dio la Sede.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="219"/>
        <source>CA fingerprint: is empty. Type the fingerprint HQ gave you.</source>
        <translation>Huella de la CA: está vacía. Escriba la huella que le dio la Sede.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="224"/>
        <source>CA fingerprint: must have 64 letters and digits (0–9, A–F); {count} typed. Check it against what HQ gave you.</source>
        <translation>Huella de la CA: debe tener 64 letras y dígitos (0–9, A–F); se escribieron {count}. Compárela con lo que le dio la Sede.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="230"/>
        <source>Device name: is empty. Type a name HQ will know it by.</source>
        <translation>Nombre del dispositivo: está vacío. Escriba un nombre con el que la Sede lo conozca.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="264"/>
        <source>Asking HQ for its fingerprint…</source>
        <translation>Pidiendo su huella a la Sede…</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="284"/>
        <source>Not enrolled: correct the fields marked above.</source>
        <translation>No inscrito: corrija los campos señalados arriba.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="288"/>
        <source>Enrolling with HQ…</source>
        <translation>Inscribiendo en la Sede…</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="307"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="313"/>
        <source>Enrolled. HQ registered this device for an analyst ({entity}), for: {scope}. It reads records meant for: {audience}.</source>
        <translation>Inscrito. La Sede registró este dispositivo para un analista ({entity}), para: {scope}. Lee los registros destinados a: {audience}.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="318"/>
        <source>Enrolled. HQ registered this device for team {team} ({entity}). It reads records meant for: {audience}.</source>
        <translation>Inscrito. La Sede registró este dispositivo para el equipo {team} ({entity}). Lee los registros destinados a: {audience}.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="340"/>
        <source>Not enrolled.</source>
        <translation>No inscrito.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="346"/>
        <source>This is a sample store of fictitious records: it cannot enrol with HQ, and nothing was sent. Open your real store to enrol this device.</source>
        <translation>Este es un almacén de ejemplo con registros ficticios: no puede inscribirse en la Sede y no se envió nada. Abra su almacén real para inscribir este dispositivo.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="358"/>
        <location filename="../../ui/enrol_dialog.py" line="361"/>
        <source>Not enrolled: nothing was stored on this device.</source>
        <translation>No inscrito: no se guardó nada en este dispositivo.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="367"/>
        <source>CA fingerprint: HQ&apos;s CA at this address has another fingerprint, shown below. Read it to HQ by phone. If HQ does not confirm it, do not enrol: the network may not be reaching the real HQ.</source>
        <translation>Huella de la CA: la CA de la Sede en esta dirección tiene otra huella, que se muestra abajo. Léasela a la Sede por teléfono. Si la Sede no la confirma, no se inscriba: puede que la red no esté llegando a la Sede real.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="372"/>
        <source>Token: HQ does not know this token. Check it for typing mistakes.</source>
        <translation>Token: la Sede no conoce este token. Compruebe que no tenga errores de escritura.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="374"/>
        <source>Token: HQ says it was already used. Ask HQ for a new one.</source>
        <translation>Token: la Sede indica que ya se usó. Pida uno nuevo a la Sede.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="375"/>
        <source>Token: HQ says it has expired. Ask HQ for a new one.</source>
        <translation>Token: la Sede indica que ha caducado. Pida uno nuevo a la Sede.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="377"/>
        <source>HQ address: HQ could not be reached there. Check the address and that this computer is online, then try again.</source>
        <translation>Dirección de la Sede: no se pudo contactar con la Sede en esa dirección. Compruebe la dirección y que este ordenador esté conectado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="381"/>
        <source>HQ address: no secure connection could be made with HQ there. Check the address with HQ.</source>
        <translation>Dirección de la Sede: no se pudo establecer una conexión segura con la Sede en esa dirección. Compruebe la dirección con la Sede.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="385"/>
        <source>HQ address: the address answers, but not as Upfront HQ. Check it with HQ.</source>
        <translation>Dirección de la Sede: la dirección responde, pero no como la Sede de Upfront. Compruébela con la Sede.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="397"/>
        <source>CA fingerprint: must have 64 letters and digits (0–9, A–F). Check it against what HQ gave you.</source>
        <translation>Huella de la CA: debe tener 64 letras y dígitos (0–9, A–F). Compárela con lo que le dio la Sede.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="403"/>
        <source>HQ refused to enrol this device. Tell HQ what you typed and when.</source>
        <translation>La Sede se negó a inscribir este dispositivo. Indique a la Sede lo que escribió y cuándo.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="417"/>
        <source>Press Show HQ&apos;s fingerprint to see the fingerprint of the CA at this address, and read it to HQ by phone before you enrol.</source>
        <translation>Pulse Mostrar la huella de la Sede para ver la huella de la CA en esta dirección, y léasela a la Sede por teléfono antes de inscribirse.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="425"/>
        <source>Fingerprint of HQ&apos;s CA, now trusted</source>
        <translation>Huella de la CA de la Sede, ahora de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="428"/>
        <source>This device now trusts only the HQ with this CA. HQ can confirm it by phone, group by group.</source>
        <translation>Este dispositivo ahora solo confía en la Sede con esta CA. La Sede puede confirmarla por teléfono, grupo por grupo.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="443"/>
        <source>Read these groups to HQ by phone. Enrol only if HQ confirms every one of them.</source>
        <translation>Lea estos grupos a la Sede por teléfono. Inscríbase solo si la Sede los confirma todos.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="448"/>
        <source>It is the fingerprint you typed.</source>
        <translation>Es la huella que escribió.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="451"/>
        <source>It is NOT the fingerprint you typed: do not enrol before HQ confirms.</source>
        <translation>NO es la huella que escribió: no se inscriba hasta que la Sede lo confirme.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1090"/>
        <source>What the export leaves out</source>
        <translation>Lo que la exportación deja fuera</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1278"/>
        <source>What the export leaves out could not be counted.</source>
        <translation>No se pudo contar lo que la exportación deja fuera.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1288"/>
        <source>Of the {total} incident(s) recorded for this period and scope, {included} go into this export.</source>
        <translation>De los {total} incidentes registrados para este período y ámbito, {included} entran en esta exportación.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1296"/>
        <source>No incident of this period and scope is left out.</source>
        <translation>Ningún incidente de este período y ámbito queda fuera.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1299"/>
        <source>Left out as drafts, not yet submitted for review: {count}.</source>
        <translation>Excluidos por ser borradores aún no presentados para revisión: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1301"/>
        <source>Left out as more confidential than this audience: {count}.</source>
        <translation>Excluidos por ser más confidenciales que este público: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1304"/>
        <source>Left out as found false or rejected: {count}.</source>
        <translation>Excluidos por haberse considerado falsos o rechazados: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1078"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1079"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1053"/>
        <location filename="../../ui/exchange_dialogs.py" line="1218"/>
        <source>Export incidents</source>
        <translation>Exportar incidentes</translation>
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
        <translation>Una fila por incidente</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1065"/>
        <source>One row per act of violation</source>
        <translation>Una fila por acto de violación</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1066"/>
        <source>Counts per week, region and violation type</source>
        <translation>Recuentos por semana, región y tipo de violación</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1075"/>
        <source>Limit to dates</source>
        <translation>Limitar por fechas</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1083"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1084"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1085"/>
        <source>(any country)</source>
        <translation>(cualquier país)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1103"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1121"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1125"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1126"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1127"/>
        <source>Audience</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1129"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1130"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="1135"/>
        <source>Only the %n incident(s) selected in the list.</source>
        <translation>
            <numerusform>Solo el incidente seleccionado en la lista.</numerusform>
            <numerusform>Solo los %n incidentes seleccionados en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1168"/>
        <source>Leaves nothing out: every record, drafts included, with every name and place. For the country team only.</source>
        <translation>No omite nada: todos los registros, incluidos los borradores, con todos los nombres y lugares. Solo para el equipo de las Naciones Unidas en el país.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1172"/>
        <source>Leaves out records marked internal, drafts and records found false; the names of protected people, of people whose consent does not reach the UN, of sources, perpetrators and staff.</source>
        <translation>Omite los registros marcados como internos, los borradores y los registros considerados falsos; los nombres de las personas protegidas, de las personas cuyo consentimiento no abarca a las Naciones Unidas, de las fuentes, de los autores y del personal.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1177"/>
        <source>Counts only, never a row per record: acts of violation per week, region and type, from records cleared for partners (no drafts, no records found false); counts under the report threshold are hidden.</source>
        <translation>Solo recuentos, nunca una fila por registro: actos de violación por semana, región y tipo, de los registros autorizados para los socios (sin borradores ni registros considerados falsos); los recuentos por debajo del umbral del informe se ocultan.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1183"/>
        <source>Counts only, never a row per record: acts of violation per week, region and type, from records marked public (no drafts, no records found false); counts under the report threshold are hidden.</source>
        <translation>Solo recuentos, nunca una fila por registro: actos de violación por semana, región y tipo, de los registros marcados como públicos (sin borradores ni registros considerados falsos); los recuentos por debajo del umbral del informe se ocultan.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1210"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1211"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
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
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="1331"/>
        <source>Exported %n incident(s) (SHA-256 {digest}).</source>
        <translation>
            <numerusform>Se exportó %n incidente (SHA-256 {digest}).</numerusform>
            <numerusform>Se exportaron %n incidentes (SHA-256 {digest}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1341"/>
        <source>The export could not be written.</source>
        <translation>No se pudo escribir el archivo de exportación.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1239"/>
        <source>Exporting</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1326"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="91"/>
        <source>Set up Upfront</source>
        <translation>Configurar Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="105"/>
        <source>The name colleagues know you by</source>
        <translation>El nombre con el que le conocen sus colegas</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="122"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="124"/>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="127"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="127"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repita la frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="130"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="131"/>
        <source>Create store</source>
        <translation>Crear almacén</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="135"/>
        <source>Use an &amp;existing data folder…</source>
        <translation>Usar una carpeta de datos &amp;existente…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="139"/>
        <source>Open records that are already kept in a folder on this computer or a shared drive, instead of creating new ones.</source>
        <translation>Abrir registros que ya se guardan en una carpeta de este equipo o de una unidad compartida, en lugar de crear otros nuevos.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="145"/>
        <source>&amp;Look around with sample data</source>
        <translation>&amp;Explorar con datos de ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="149"/>
        <source>Open a separate store of fictitious incidents, situations and a strategy, to see every page at work. It is kept apart from your own records and can never be sent to HQ.</source>
        <translation>Abre un almacén aparte con incidentes, situaciones y una estrategia ficticios, para ver cada página en funcionamiento. Se mantiene separado de sus propios registros y nunca puede enviarse a la sede.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="166"/>
        <source>Set up Upfront on this computer</source>
        <translation>Configurar Upfront en este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="168"/>
        <source>Your records are kept on this computer, encrypted. Choose the name that will appear in the history of your records, and a passphrase: you will enter it each time you open Upfront.</source>
        <translation>Sus registros se guardan cifrados en este equipo. Elija el nombre que aparecerá en el historial de sus registros y una frase de contraseña: deberá introducirla cada vez que abra Upfront.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="204"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="210"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="214"/>
        <source>Printing arrives with the reports work. Until then, copy the key into a safe place or write it down.</source>
        <translation>La impresión estará disponible cuando se incorpore la función de informes. Mientras tanto, copie la clave en un lugar seguro o anótela.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="218"/>
        <source>I have &amp;stored the recovery key safely</source>
        <translation>He &amp;guardado la clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="219"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="235"/>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="237"/>
        <source>If you forget your passphrase, this key is the only way to open your records. It is shown only this once. Print it or write it down, and keep it somewhere safe away from this computer: anyone who has both can read the records.</source>
        <translation>Si olvida su frase de contraseña, esta clave es la única forma de abrir sus registros. Solo se muestra esta vez. Imprímala o anótela y guárdela en un lugar seguro, lejos de este equipo: cualquier persona que tenga ambos podrá leer los registros.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="303"/>
        <source>Creating the encrypted store…</source>
        <translation>Creando el almacén cifrado…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="339"/>
        <source>Choose the existing data folder</source>
        <translation>Elegir la carpeta de datos existente</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="351"/>
        <source>Looking for a store in that folder…</source>
        <translation>Buscando un almacén en esa carpeta…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="364"/>
        <source>There is no Upfront store in this folder. Choose the folder that holds keys.json:
{folder}</source>
        <translation>No hay ningún almacén de Upfront en esta carpeta. Elija la carpeta que contiene keys.json:
{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="390"/>
        <source>Making the sample store…</source>
        <translation>Creando el almacén de ejemplo…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="418"/>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="419"/>
        <source>Created by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="420"/>
        <source>Created on</source>
        <translation>Creado el</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="427"/>
        <source>Upfront recovery key</source>
        <translation>Clave de recuperación de Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="436"/>
        <source>This key opens the encrypted Upfront records on one computer if the passphrase is forgotten. Keep this sheet locked away, separate from the computer. Do not photograph it or send it by e-mail or messenger.</source>
        <translation>Esta clave abre los registros cifrados de Upfront en un equipo si se olvida la frase de contraseña. Guarde esta hoja bajo llave, separada del equipo. No la fotografíe ni la envíe por correo electrónico ni por mensajería.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="455"/>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>GuidanceDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="448"/>
        <source>Consolidated guidance, version {n}</source>
        <translation>Orientación consolidada, versión {n}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="451"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="452"/>
        <source>Guidance</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="453"/>
        <source>Issued on</source>
        <translation>Emitida el</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="454"/>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="455"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="459"/>
        <source>A new version, begun from the latest: change what changed. Earlier versions stay as they were issued.</source>
        <translation>Una nueva versión, a partir de la última: cambie lo que haya cambiado. Las versiones anteriores quedan como se emitieron.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="463"/>
        <source>The first version of the guidance to the RC/HC.</source>
        <translation>La primera versión de la orientación al CR/CH.</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="472"/>
        <source>the office or official issuing it</source>
        <translation>la oficina o el funcionario que la emite</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="16"/>
        <source>Record created</source>
        <translation>Registro creado</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="17"/>
        <source>Record deleted</source>
        <translation>Registro eliminado</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="18"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="19"/>
        <source>Date (from)</source>
        <translation>Fecha (desde)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="20"/>
        <source>Date (to)</source>
        <translation>Fecha (hasta)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="21"/>
        <source>Date precision</source>
        <translation>Precisión de la fecha</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="22"/>
        <source>Date reported</source>
        <translation>Fecha de notificación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="23"/>
        <source>Narrative</source>
        <translation>Relato de los hechos</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="24"/>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="25"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="26"/>
        <source>Summary for partners and the public</source>
        <translation>Resumen para los asociados y el público</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="27"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="28"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="29"/>
        <source>Region ISO code</source>
        <translation>Código ISO de la región</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="30"/>
        <source>Region P-code</source>
        <translation>P-code de la región</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="31"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="32"/>
        <source>District P-code</source>
        <translation>P-code del distrito</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="33"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="34"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="35"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="36"/>
        <source>Location precision</source>
        <translation>Precisión de la ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="37"/>
        <source>Sensitive location</source>
        <translation>Lugar sensible</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="38"/>
        <source>Place not in the gazetteer</source>
        <translation>Lugar que no figura en la lista de lugares</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="39"/>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="40"/>
        <source>Reviewer</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="41"/>
        <source>Verification date</source>
        <translation>Fecha de la verificación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="42"/>
        <source>Credibility</source>
        <translation>Credibilidad</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="43"/>
        <source>Violations</source>
        <translation>Violaciones</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="44"/>
        <source>Victims</source>
        <translation>Víctimas</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="45"/>
        <source>Perpetrators</source>
        <translation>Autores</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="46"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="48"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="49"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="50"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="51"/>
        <source>(cleared)</source>
        <translation>(aprobado)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="52"/>
        <source>Received from HQ</source>
        <translation>Recibido de la sede</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.py" line="147"/>
        <source>Reading what needs you today…</source>
        <translation>Leyendo lo que le espera hoy…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="149"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="150"/>
        <source>Read the counts again</source>
        <translation>Volver a leer los recuentos</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="159"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="171"/>
        <source>What needs you today</source>
        <translation>Lo que le espera hoy</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="180"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="187"/>
        <source>Show my drafts</source>
        <translation>Mostrar mis borradores</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="188"/>
        <source>Show all drafts</source>
        <translation>Mostrar todos los borradores</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="189"/>
        <source>Show the records waiting for my review</source>
        <translation>Mostrar los registros pendientes de mi revisión</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="190"/>
        <source>Show my records that came back from review</source>
        <translation>Mostrar mis registros devueltos tras la revisión</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="191"/>
        <source>Show the strategies board (overdue actions)</source>
        <translation>Mostrar el tablero de estrategias (acciones con retraso)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="192"/>
        <source>Show the strategies board (blocked actions)</source>
        <translation>Mostrar el tablero de estrategias (acciones bloqueadas)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="193"/>
        <source>Show the situations of concern (late decisions)</source>
        <translation>Mostrar las situaciones preocupantes (decisiones atrasadas)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="194"/>
        <source>Show the situations of concern</source>
        <translation>Mostrar las situaciones de preocupación</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="195"/>
        <source>Show the sync conflicts to merge</source>
        <translation>Mostrar los conflictos de sincronización por fusionar</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="196"/>
        <source>Show the Sync page</source>
        <translation>Mostrar la página Sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="241"/>
        <source>Hello, {user}. Today is {date}.</source>
        <translation>Hola, {user}. Hoy es {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="264"/>
        <source>Here is what needs you today.</source>
        <translation>Esto es lo que le espera hoy.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="266"/>
        <source>Nothing needs you today.</source>
        <translation>Hoy no le espera nada.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="274"/>
        <source>New deterioration signals, raised in the last {days} days</source>
        <translation>Nuevas señales de deterioro, surgidas en los últimos {days} días</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="276"/>
        <source>No new deterioration signal in the last {days} days</source>
        <translation>Ninguna señal nueva de deterioro en los últimos {days} días</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="279"/>
        <source>{count} flagged in all</source>
        <translation>{count} señaladas en total</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="283"/>
        <source>My drafts to finish</source>
        <translation>Mis borradores por terminar</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="283"/>
        <source>No drafts to finish</source>
        <translation>Ningún borrador por terminar</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="287"/>
        <source>Drafts on this device, everyone&apos;s</source>
        <translation>Borradores en este dispositivo, de todos los usuarios</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="289"/>
        <source>No drafts on this device</source>
        <translation>Ningún borrador en este dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="293"/>
        <source>Records waiting for my review</source>
        <translation>Registros pendientes de mi revisión</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="295"/>
        <source>No records waiting for my review</source>
        <translation>Ningún registro pendiente de mi revisión</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="299"/>
        <source>Records I submitted that came back with a reviewer&apos;s comment</source>
        <translation>Registros que presenté y que volvieron con un comentario del revisor</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="301"/>
        <source>None of my submitted records came back</source>
        <translation>Ninguno de los registros que presenté ha sido devuelto</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="305"/>
        <source>Strategy actions past their due date</source>
        <translation>Acciones de estrategia con el plazo vencido</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="307"/>
        <source>No strategy action is overdue</source>
        <translation>Ninguna acción de estrategia con retraso</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="311"/>
        <source>Strategy actions blocked</source>
        <translation>Acciones de estrategia bloqueadas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="313"/>
        <source>No strategy action is blocked</source>
        <translation>Ninguna acción de estrategia bloqueada</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="317"/>
        <source>Decisions of the quarterly review past their due date</source>
        <translation>Decisiones del examen trimestral con el plazo vencido</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="319"/>
        <source>No decision of the quarterly review is late</source>
        <translation>Ninguna decisión del examen trimestral está atrasada</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="324"/>
        <source>Sync conflicts to merge</source>
        <translation>Conflictos de sincronización por fusionar</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="326"/>
        <source>No sync conflicts to merge</source>
        <translation>Ningún conflicto de sincronización por fusionar</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="333"/>
        <source>Not set up to sync with HQ</source>
        <translation>La sincronización con la sede no está configurada</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="335"/>
        <source>Changes waiting to go to HQ</source>
        <translation>Cambios pendientes de envío a la sede</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="337"/>
        <source>Nothing waiting to go to HQ</source>
        <translation>Nada pendiente de envío a la sede</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="342"/>
        <source>last synced {when}</source>
        <translation>última sincronización: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="344"/>
        <source>never synced yet</source>
        <translation>nunca sincronizado</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="347"/>
        <source>last problem: {problem}</source>
        <translation>último problema: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="355"/>
        <source>The counts could not be read.</source>
        <translation>No se pudieron leer los recuentos.</translation>
    </message>
</context>
<context>
    <name>HorizonPage</name>
    <message>
        <location filename="../../ui/horizon_page.py" line="95"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="96"/>
        <source>The scan&apos;s last day: its last four weeks end here</source>
        <translation>Último día del análisis: sus cuatro últimas semanas terminan aquí</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="97"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="104"/>
        <source>Standard of proof</source>
        <translation>Estándar de prueba</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="110"/>
        <source>Standard of &amp;proof</source>
        <translation>Estándar de &amp;prueba</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="112"/>
        <source>&amp;Scan</source>
        <translation>&amp;Analizar</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="114"/>
        <source>Test every region and country the records name for a recent rise</source>
        <translation>Buscar un aumento reciente en cada región y país que mencionan los registros</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="121"/>
        <source>Scan in progress</source>
        <translation>Análisis en curso</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="137"/>
        <source>Press Scan to test every region and country the records name for a recent rise, including places no situation of concern covers yet.</source>
        <translation>Pulse Analizar para buscar un aumento reciente en cada región y país que mencionan los registros, incluidos los lugares que aún no cubre ninguna situación preocupante.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="149"/>
        <source>How is this ranked?</source>
        <translation>¿Cómo se ordena?</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="162"/>
        <source>Places flagged by the scan, ranked</source>
        <translation>Lugares señalados por el análisis, ordenados</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="165"/>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="166"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="167"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="168"/>
        <location filename="../../ui/horizon_page.py" line="490"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="169"/>
        <source>Strongest signal</source>
        <translation>Señal más fuerte</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="170"/>
        <source>Per week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="171"/>
        <source>Ratio</source>
        <translation>Razón</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="172"/>
        <source>Adjusted p</source>
        <translation>p ajustado</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="173"/>
        <source>At standard</source>
        <translation>Al estándar</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="174"/>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="178"/>
        <source>Not flagged by the previous scan</source>
        <translation>No señalado por el análisis anterior</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="180"/>
        <source>Acts a week in the last four weeks / a week in the 26 weeks before them</source>
        <translation>Actos por semana en las cuatro últimas semanas / por semana en las 26 semanas anteriores</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="182"/>
        <source>How many times the weekly rate before: the rate ratio</source>
        <translation>Cuántas veces la tasa semanal anterior: la razón de tasas</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="184"/>
        <source>The chance of a rise this large by chance alone, corrected for the many places and types tested at once (Benjamini-Hochberg)</source>
        <translation>La probabilidad de un aumento tan grande por puro azar, corregida por los muchos lugares y tipos analizados a la vez (Benjamini-Hochberg)</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="188"/>
        <source>Acts at or above the standard of proof in the last four weeks, and whether the rise is seen in them alone</source>
        <translation>Actos en el estándar de prueba o por encima en las cuatro últimas semanas, y si el aumento se ve solo en ellos</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="191"/>
        <source>The situations of concern that take in the place&apos;s acts</source>
        <translation>Las situaciones preocupantes que abarcan los actos del lugar</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="216"/>
        <source>The place chosen: signals, risk and figures</source>
        <translation>El lugar elegido: señales, riesgo y cifras</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="218"/>
        <source>P&amp;ropose a situation…</source>
        <translation>&amp;Proponer una situación…</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="220"/>
        <source>A new situation of concern with this place, period and violation types</source>
        <translation>Una nueva situación preocupante con este lugar, periodo y tipos de violación</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="223"/>
        <source>&amp;Open situation</source>
        <translation>&amp;Abrir la situación</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="224"/>
        <source>Show the situation that covers this place</source>
        <translation>Mostrar la situación que cubre este lugar</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="268"/>
        <source>The test: for every admin 1 region and every country, each violation type and all types together, the acts of the last {recent} weeks are compared with the {baseline} weeks before. A place is flagged when its rise is too large to be chance once corrected for the many places and types tested at once (Benjamini-Hochberg, false discovery rate {q}), with a rate at least {ratio} times the one before and at least {least} recent acts.</source>
        <translation>La prueba: para cada región de nivel 1 y cada país, cada tipo de violación y todos los tipos juntos, los actos de las {recent} últimas semanas se comparan con las {baseline} semanas anteriores. Un lugar se señala cuando su aumento es demasiado grande para ser azar, una vez corregido por los muchos lugares y tipos analizados a la vez (Benjamini-Hochberg, tasa de falsos descubrimientos {q}), con una tasa al menos {ratio} veces la anterior y al menos {least} actos recientes.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="283"/>
        <source>The rank: first the places whose rise is seen in the acts at or above the chosen standard of proof alone (at least {least} such acts in the last {recent} weeks, at least {ratio} times the rate before), then the others. Within each, by adjusted p (smallest first), then by ratio (largest first), then by acts at or above the standard in the last {recent} weeks (most first). A place&apos;s strongest signal is the one that ranks it.</source>
        <translation>El orden: primero los lugares cuyo aumento se ve solo en los actos en el estándar de prueba elegido o por encima (al menos {least} de esos actos en las {recent} últimas semanas, al menos {ratio} veces la tasa anterior), después los demás. Dentro de cada grupo, por p ajustado (el menor primero), luego por razón (la mayor primero), luego por actos en el estándar o por encima en las {recent} últimas semanas (más primero). La señal más fuerte de un lugar es la que lo ordena.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="298"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="307"/>
        <location filename="../../ui/horizon_page.py" line="329"/>
        <source>the device&apos;s own records</source>
        <translation>los registros de este dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="312"/>
        <source>HQ&apos;s weekly counts over all of the scope&apos;s records ({countries}, as of {day}; small weeks suppressed, counted so that they can only make a rise harder to flag)</source>
        <translation>los recuentos semanales de la Sede sobre todos los registros del ámbito ({countries}, al {day}; semanas pequeñas suprimidas, contadas de modo que solo puedan dificultar que se señale un aumento)</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="320"/>
        <source>and the device&apos;s own records elsewhere</source>
        <translation>y los registros del propio dispositivo en otros lugares</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="327"/>
        <source>HQ&apos;s weekly counts</source>
        <translation>recuentos semanales de la Sede</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="334"/>
        <source>{place} (country)</source>
        <translation>{place} (país)</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="335"/>
        <source>{place} (region)</source>
        <translation>{place} (región)</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="339"/>
        <source>from none</source>
        <translation>desde cero</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="341"/>
        <source>at least {ratio}×</source>
        <translation>al menos {ratio}×</translation>
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
        <translation>En parte: {situations}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="361"/>
        <source>No situation</source>
        <translation>Ninguna situación</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="389"/>
        <source>Scanning…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="417"/>
        <source>The scan could not be run.</source>
        <translation>No se pudo realizar el análisis.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="427"/>
        <source>The records have changed since this scan: scan again.</source>
        <translation>Los registros han cambiado desde este análisis: vuelva a analizar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="433"/>
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n región</numerusform>
            <numerusform>%n regiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="434"/>
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n país</numerusform>
            <numerusform>%n países</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="435"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="436"/>
        <source>%n place(s) flagged</source>
        <translation>
            <numerusform>%n lugar señalado</numerusform>
            <numerusform>%n lugares señalados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="440"/>
        <source>Scan as of {date}, on {data}: {regions} and {countries} tested, {series} in all; {flagged}.</source>
        <translation>Análisis al {date}, sobre {data}: {regions} y {countries} analizados, {series} en total; {flagged}.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="452"/>
        <source>The last {recent} weeks ({recent_from} to {recent_to}) against the {baseline} weeks before; acts counted apart at {standard} or above.</source>
        <translation>Las {recent} últimas semanas (del {recent_from} al {recent_to}) frente a las {baseline} semanas anteriores; actos contados aparte en «{standard}» o por encima.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="462"/>
        <source>Previous scan: as of {date}. New: not flagged by it.</source>
        <translation>Análisis anterior: al {date}. Nuevo: no señalado por él.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="466"/>
        <source>No previous scan: every place flagged is new.</source>
        <translation>Ningún análisis anterior: todos los lugares señalados son nuevos.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="472"/>
        <source>Nothing flagged.</source>
        <translation>Nada señalado.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="494"/>
        <source>{recent} / {before}</source>
        <translation>{recent} / {before}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="507"/>
        <source>{count}, rise seen</source>
        <translation>{count}, aumento visible</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="509"/>
        <source>{count}, no rise</source>
        <translation>{count}, sin aumento</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="535"/>
        <source>Rank {rank}: {place}, {country}; {situation}</source>
        <translation>Puesto {rank}: {place}, {country}; {situation}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="580"/>
        <source>{rank}. {place}, {country}</source>
        <translation>{rank}. {place}, {country}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="594"/>
        <source>Signals flagged</source>
        <translation>Señales detectadas</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="600"/>
        <source>{type}: {recent} acts in the last four weeks ({rate} a week) against {before} a week before, {ratio}; adjusted p {p}. At the standard or above: {count} recent acts, {rise}.</source>
        <translation>{type}: {recent} actos en las cuatro últimas semanas ({rate} por semana) frente a {before} por semana antes, {ratio}; p ajustado {p}. En el estándar o por encima: {count} actos recientes, {rise}.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="611"/>
        <source>the rise is seen in them</source>
        <translation>el aumento se ve en ellos</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="613"/>
        <source>the rise is not seen in them alone</source>
        <translation>el aumento no se ve solo en ellos</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="617"/>
        <source>Covered by {situations}.</source>
        <translation>Cubierto por {situations}.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="622"/>
        <source>Partly covered by {situations}.</source>
        <translation>Cubierto en parte por {situations}.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="626"/>
        <source>No situation covers it.</source>
        <translation>Ninguna situación lo cubre.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="629"/>
        <source>HQ suppressed a small week of it: counted as the least it can be in the last four weeks and the most before, so the rise is at least as shown.</source>
        <translation>La Sede ocultó una de sus semanas con pocos actos: contada como lo mínimo posible en las últimas cuatro semanas y lo máximo antes, el aumento es al menos el indicado.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="632"/>
        <source>New.</source>
        <translation>Nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="636"/>
        <source>Risk factors that changed</source>
        <translation>Factores de riesgo que cambiaron</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="643"/>
        <source>{factor}: {level}, {trend}</source>
        <translation>{factor}: {level}, {trend}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="646"/>
        <source>worsening</source>
        <translation>empeorando</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="648"/>
        <source>improving</source>
        <translation>mejorando</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="653"/>
        <source>{situation}, assessed on {date}: {changes}</source>
        <translation>{situation}, evaluada el {date}: {changes}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="663"/>
        <source>No assessment of a situation here records a change.</source>
        <translation>Ninguna evaluación de una situación aquí registra un cambio.</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="668"/>
        <source>Humanitarian figures</source>
        <translation>Cifras humanitarias</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="673"/>
        <source>Data: {source}</source>
        <translation>Datos: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="697"/>
        <source>{place}: deterioration from {date}</source>
        <translation>{place}: deterioro desde el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="723"/>
        <source>Situation saved. Scan again to see which places it covers.</source>
        <translation>Situación guardada. Vuelva a analizar para ver qué lugares cubre.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="876"/>
        <source>Import incidents</source>
        <translation>Importar incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="913"/>
        <source>Stop the import?</source>
        <translation>¿Detener la importación?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="915"/>
        <source>Nothing has been imported yet. The file and the choices made so far will be lost.</source>
        <translation>Todavía no se ha importado nada. Se perderán el archivo y las opciones elegidas hasta ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="919"/>
        <source>Stop the import</source>
        <translation>Detener la importación</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="920"/>
        <source>Go on importing</source>
        <translation>Continuar la importación</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="993"/>
        <source>Incident id</source>
        <translation>Identificador del incidente</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="994"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="995"/>
        <source>Date (from)</source>
        <translation>Fecha (desde)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="996"/>
        <source>Date (to)</source>
        <translation>Fecha (hasta)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="997"/>
        <source>Date precision</source>
        <translation>Precisión de la fecha</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="998"/>
        <source>Date reported</source>
        <translation>Fecha de notificación</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="999"/>
        <source>Narrative</source>
        <translation>Relato de los hechos</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1000"/>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1001"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1002"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1003"/>
        <source>Region (admin 1)</source>
        <translation>Región (nivel admin. 1)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1004"/>
        <source>Region P-code (admin 1)</source>
        <translation>P-code de la región (admin. 1)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1005"/>
        <source>District (admin 2)</source>
        <translation>Distrito (nivel admin. 2)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1006"/>
        <source>District P-code (admin 2)</source>
        <translation>P-code del distrito (admin. 2)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1007"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1008"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1009"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1010"/>
        <source>GPS point</source>
        <translation>Punto GPS</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1011"/>
        <source>Location precision</source>
        <translation>Precisión de la ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1012"/>
        <source>Sensitive location</source>
        <translation>Lugar sensible</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1013"/>
        <source>Place not in the gazetteer</source>
        <translation>Lugar que no figura en la lista de lugares</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1014"/>
        <source>Verification status</source>
        <translation>Estado de la verificación</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1015"/>
        <source>Credibility</source>
        <translation>Credibilidad</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1016"/>
        <source>Reviewer</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1017"/>
        <source>Verification date</source>
        <translation>Fecha de la verificación</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1018"/>
        <source>Violation type</source>
        <translation>Tipo de violación</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1019"/>
        <source>Victims (count)</source>
        <translation>Víctimas (número)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1020"/>
        <source>Killed (count)</source>
        <translation>Muertos (número)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1021"/>
        <source>Injured (count)</source>
        <translation>Heridos (número)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1022"/>
        <source>Perpetrator category</source>
        <translation>Categoría de autor</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1023"/>
        <source>Source type</source>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1024"/>
        <source>Source&apos;s connection</source>
        <translation>Vínculo de la fuente con los hechos</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1025"/>
        <source>Source reliability</source>
        <translation>Fiabilidad de la fuente</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="145"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="164"/>
        <location filename="../../ui/incident_editor/editor.py" line="706"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="166"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="270"/>
        <location filename="../../ui/incident_editor/editor.py" line="311"/>
        <location filename="../../ui/incident_editor/editor.py" line="318"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="279"/>
        <source>Overview &amp;&amp; location</source>
        <translation>Resumen y ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="289"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="291"/>
        <source>Occurred from</source>
        <translation>Inicio de los hechos</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="296"/>
        <source>Occurred to</source>
        <translation>Fin de los hechos</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="303"/>
        <source>Date reported</source>
        <translation>Fecha de notificación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="310"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="317"/>
        <source>Region (admin 1)</source>
        <translation>Región (nivel admin. 1)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="326"/>
        <source>District (admin 2)</source>
        <translation>Distrito (nivel admin. 2)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="345"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="370"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="371"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="379"/>
        <source>Location precision</source>
        <translation>Precisión de la ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="386"/>
        <location filename="../../ui/incident_editor/editor.py" line="389"/>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="392"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="397"/>
        <source>Narrative</source>
        <translation>Relato de los hechos</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="443"/>
        <source>&amp;Violations</source>
        <translation>&amp;Violaciones</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="451"/>
        <location filename="../../ui/incident_editor/editor.py" line="576"/>
        <location filename="../../ui/incident_editor/editor.py" line="646"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="454"/>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="455"/>
        <source>Victims</source>
        <translation>Número de víctimas</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="458"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="461"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="477"/>
        <source>Violation {number}</source>
        <translation>Violación {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="478"/>
        <source>Add violation</source>
        <translation>Añadir violación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="485"/>
        <source>Reveal</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="487"/>
        <source>Show the protected name; the reveal is recorded in the audit log</source>
        <translation>Mostrar el nombre protegido; la visualización queda consignada en el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="491"/>
        <location filename="../../ui/incident_editor/editor.py" line="549"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="493"/>
        <source>Reveal name</source>
        <translation>Mostrar nombre</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="496"/>
        <source>V&amp;ictims</source>
        <translation>Víc&amp;timas</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="500"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="446"/>
        <location filename="../../ui/incident_editor/editor.py" line="501"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="152"/>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="323"/>
        <source>Region P-code (admin 1)</source>
        <translation>P-code de la región (admin. 1)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="329"/>
        <source>District P-code (admin 2)</source>
        <translation>P-code del distrito (admin. 2)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="334"/>
        <source>Region or district not in the list (keep as typed)</source>
        <translation>Región o distrito que no está en la lista (conservar como se escribió)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="340"/>
        <source>Regions and districts are checked against OCHA&apos;s list of P-codes. Tick this only for a place the list does not have: it is kept as typed, without a code, and listed with the records to resolve later.</source>
        <translation>Las regiones y los distritos se comprueban con la lista de P-codes de OCHA. Marque esta casilla solo para un lugar que la lista no tiene: se conserva como se escribió, sin código, y se incluye en la lista de registros por resolver más adelante.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="348"/>
        <source>The place names a protected victim of this record: if it is their home, a shelter or a safe house, mark it sensitive.</source>
        <translation>El lugar nombra a una víctima protegida de este registro: si es su domicilio, un albergue o una casa segura, márquelo como sensible.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="359"/>
        <source>Sensitive location (a home, shelter, safe house)</source>
        <translation>Lugar sensible (domicilio, albergue, casa segura)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="366"/>
        <source>Outside the team, a sensitive location is shown only as its region and district.</source>
        <translation>Fuera del equipo, un lugar sensible solo se muestra por su región y su distrito.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="403"/>
        <source>Written for partners and the public; reports outside the UN print this, never the narrative</source>
        <translation>Redactado para los asociados y el público; los informes fuera de la ONU imprimen este texto, nunca la narración</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="410"/>
        <source>Summary for partners and the public</source>
        <translation>Resumen para los asociados y el público</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="418"/>
        <source>Clearance of the summary</source>
        <translation>Autorización del resumen</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="419"/>
        <source>Clear for release</source>
        <translation>Autorizar su difusión</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="447"/>
        <location filename="../../ui/incident_editor/editor.py" line="502"/>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="448"/>
        <source>Number of victims</source>
        <translation>Número de víctimas</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="466"/>
        <source>Count {number}</source>
        <translation>Recuento {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="467"/>
        <source>Add count</source>
        <translation>Añadir recuento</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="472"/>
        <source>Victims by sex and age</source>
        <translation>Víctimas por sexo y edad</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="505"/>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="506"/>
        <source>Group size</source>
        <translation>Tamaño del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="516"/>
        <location filename="../../ui/incident_editor/editor.py" line="584"/>
        <source>Protected</source>
        <translation>Protegido</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="517"/>
        <location filename="../../ui/incident_editor/editor.py" line="585"/>
        <source>Withhold the name on screens and exports</source>
        <translation>Ocultar el nombre en pantalla y en las exportaciones</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="519"/>
        <location filename="../../ui/incident_editor/editor.py" line="587"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="520"/>
        <location filename="../../ui/incident_editor/editor.py" line="588"/>
        <source>Consent given on</source>
        <translation>Consentimiento otorgado el</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="525"/>
        <source>Victim {number}</source>
        <translation>Víctima {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="526"/>
        <source>Add victim</source>
        <translation>Añadir víctima</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="539"/>
        <source>&amp;Perpetrators</source>
        <translation>A&amp;utores</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="544"/>
        <source>Violation</source>
        <translation>Violación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="545"/>
        <source>Degree</source>
        <translation>Grado</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="548"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="554"/>
        <source>Involvement {number}</source>
        <translation>Participación {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="555"/>
        <source>Add involvement</source>
        <translation>Añadir participación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="560"/>
        <source>Involvement</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="565"/>
        <source>Perpetrator {number}</source>
        <translation>Autor {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="566"/>
        <source>Add perpetrator</source>
        <translation>Añadir autor</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="573"/>
        <source>S&amp;ources &amp;&amp; verification</source>
        <translation>&amp;Fuentes y verificación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="578"/>
        <source>Connection</source>
        <translation>Vínculo con los hechos</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="580"/>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="589"/>
        <source>Information given on</source>
        <translation>Información facilitada el</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="592"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="597"/>
        <source>Source {number}</source>
        <translation>Fuente {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="598"/>
        <source>Add source</source>
        <translation>Añadir fuente</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="605"/>
        <source>&lt;b&gt;Verification&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verificación&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="609"/>
        <location filename="../../ui/incident_editor/editor.py" line="612"/>
        <source>Standard of proof</source>
        <translation>Estándar de prueba</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="617"/>
        <location filename="../../ui/incident_editor/editor.py" line="620"/>
        <source>Credibility</source>
        <translation>Credibilidad</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="622"/>
        <source>Reviewer</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="626"/>
        <source>Date reviewed</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="633"/>
        <source>&amp;Attachments</source>
        <translation>A&amp;djuntos</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="637"/>
        <source>Save the incident to add attachments. Files can also be dropped here.</source>
        <translation>Guarde el incidente para añadir adjuntos. También puede soltar archivos aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="645"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="647"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="648"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="649"/>
        <source>Captured by</source>
        <translation>Obtenido por</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="650"/>
        <source>Captured at</source>
        <translation>Obtenido el</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="653"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="658"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="660"/>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="662"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="678"/>
        <source>Chain of custody of the selected file</source>
        <translation>Cadena de custodia del archivo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="682"/>
        <source>Chain of custody</source>
        <translation>Cadena de custodia</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="686"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>Old</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>New</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="691"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="712"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="715"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="720"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="722"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="724"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="733"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="740"/>
        <source>&amp;Add attachment…</source>
        <translation>&amp;Añadir adjunto…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="742"/>
        <source>&amp;View attachment</source>
        <translation>&amp;Ver adjunto</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="744"/>
        <source>&amp;Export attachment…</source>
        <translation>&amp;Exportar adjunto…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="748"/>
        <source>A&amp;ttachments</source>
        <translation>Ad&amp;juntos</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="756"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="766"/>
        <source>UN</source>
        <translation>ONU</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="770"/>
        <source>Read-only: this record is the view HQ sends to {audience} readers, with names withheld and places coarsened. It cannot be changed on this device; the team that holds the record can change it.</source>
        <translation>Solo lectura: este registro es la vista que la sede envía a los lectores de {audience}, con los nombres ocultos y los lugares generalizados. No se puede modificar en este dispositivo; el equipo que tiene el registro puede modificarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="63"/>
        <source>Returned by {by} on {date}: {comment} Submit it again when done.</source>
        <translation>Devuelto por {by} el {date}: {comment} Preséntelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="70"/>
        <source>Waiting for review by {user}.</source>
        <translation>En espera del examen de {user}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="72"/>
        <source>Waiting for review by any reviewer of the team.</source>
        <translation>En espera del examen de cualquier revisor del equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="76"/>
        <source>Approved on {date} by its author alone (single-user office).</source>
        <translation>Aprobado el {date} solo por su autor (oficina de un único usuario).</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="178"/>
        <source>Remove violation</source>
        <translation>Eliminar violación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="205"/>
        <source>(no type)</source>
        <translation>(sin tipo)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="69"/>
        <source>Changed: once saved, the new text needs clearing again</source>
        <translation>Modificado: una vez guardado, el nuevo texto deberá autorizarse de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="73"/>
        <location filename="../../ui/incident_editor/summary.py" line="81"/>
        <source>Not cleared</source>
        <translation>No autorizado</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="76"/>
        <source>No summary: reports outside the UN print nothing for this incident</source>
        <translation>Sin resumen: los informes fuera de la ONU no imprimen nada de este incidente</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="84"/>
        <source>Cleared by the author alone (single-user office) on {when}</source>
        <translation>Autorizado solo por su autor (oficina de un único usuario) el {when}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="91"/>
        <source>Cleared by {user} on {when}</source>
        <translation>Autorizado por {user} el {when}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="98"/>
        <source>Save the incident first.</source>
        <translation>Guarde primero el incidente.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="100"/>
        <source>There is no summary to clear.</source>
        <translation>No hay ningún resumen que autorizar.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="102"/>
        <source>Sign in as a user to clear the summary.</source>
        <translation>Inicie sesión como usuario para autorizar el resumen.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="106"/>
        <source>A user other than its author clears the summary.</source>
        <translation>El resumen lo autoriza un usuario distinto de su autor.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="110"/>
        <source>The summary is cleared.</source>
        <translation>El resumen está autorizado.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="809"/>
        <source>New incident</source>
        <translation>Nuevo incidente</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="810"/>
        <source>{title}[*] – Upfront</source>
        <translation>{title}[*] – Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="61"/>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Se produjo un error; no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="133"/>
        <source>Saved at {time}.</source>
        <translation>Guardado a las {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="200"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="201"/>
        <source>This incident has changes that are not saved.</source>
        <translation>Este incidente tiene cambios sin guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="135"/>
        <source>Add files with Add… or drop them here. They are kept inside the encrypted store.</source>
        <translation>Añada archivos con Añadir… o suéltelos aquí. Se guardan dentro del almacén cifrado.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="156"/>
        <source>Save the incident before adding attachments.</source>
        <translation>Guarde el incidente antes de añadir adjuntos.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="162"/>
        <source>Add attachments</source>
        <translation>Añadir adjuntos</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="87"/>
        <source>{filename} cannot be shown inside Upfront without writing it to disk; use Export.</source>
        <translation>{filename} no se puede mostrar en Upfront sin escribirlo en el disco; use Exportar.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="257"/>
        <source>Export attachment</source>
        <translation>Exportar adjunto</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="664"/>
        <source>Writes a copy without the file&apos;s metadata (place, time, device)</source>
        <translation>Escribe una copia sin los metadatos del archivo (lugar, hora, dispositivo)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="667"/>
        <source>Export original…</source>
        <translation>Exportar el original…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="746"/>
        <source>Export &amp;original attachment…</source>
        <translation>Exportar el &amp;original del adjunto…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="238"/>
        <source>Export original</source>
        <translation>Exportar el original</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="239"/>
        <source>The original keeps its metadata: it may hold the place (GPS position), the time and the device it was made with. Export the original only for an evidence handover; the chain of custody records it.</source>
        <translation>El original conserva sus metadatos: pueden indicar el lugar (posición GPS), la hora y el dispositivo con que se hizo. Exporte el original solo para una entrega de pruebas; la cadena de custodia lo registra.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="271"/>
        <source>{filename} was exported as the original, with its metadata.</source>
        <translation>{filename} se exportó como original, con sus metadatos.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="275"/>
        <source>{filename} was exported without its metadata (place, time, device); the original stays unchanged in the store.</source>
        <translation>{filename} se exportó sin sus metadatos (lugar, hora, dispositivo); el original sigue sin cambios en el almacén.</translation>
    </message>
</context>
<context>
    <name>IncidentListView</name>
    <message>
        <location filename="../../ui/incident_list.py" line="196"/>
        <source>Loading incidents…</source>
        <translation>Cargando incidentes…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="319"/>
        <source>Search title, narrative, places</source>
        <translation>Buscar en títulos, relatos y lugares</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="320"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="324"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="325"/>
        <source>Filter from a date</source>
        <translation>Filtrar a partir de una fecha</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="326"/>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="327"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="328"/>
        <source>Filter up to a date</source>
        <translation>Filtrar hasta una fecha</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="329"/>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="332"/>
        <source>All violations</source>
        <translation>Todas las violaciones</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="332"/>
        <source>Violation type</source>
        <translation>Tipo de violación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="335"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="338"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="352"/>
        <source>Region (admin 1)</source>
        <translation>Región (nivel admin. 1)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="360"/>
        <source>Any verification</source>
        <translation>Cualquier verificación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="360"/>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="363"/>
        <source>Any confidentiality</source>
        <translation>Cualquier confidencialidad</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="363"/>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="365"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="365"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="367"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="368"/>
        <location filename="../../ui/incident_list.py" line="377"/>
        <source>New incident</source>
        <translation>Nuevo incidente</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="371"/>
        <source>New incident ({shortcut})</source>
        <translation>Nuevo incidente ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="383"/>
        <source>Number of incidents</source>
        <translation>Número de incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="394"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="431"/>
        <source>&amp;Violation</source>
        <translation>Vio&amp;lación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="432"/>
        <source>C&amp;ountry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="433"/>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="434"/>
        <source>Veri&amp;fication</source>
        <translation>Veri&amp;ficación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="435"/>
        <source>Confi&amp;dentiality</source>
        <translation>&amp;Confidencialidad</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="436"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="443"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="460"/>
        <source>Sa&amp;ved filters</source>
        <translation>Filtros &amp;guardados</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="495"/>
        <location filename="../../ui/incident_list.py" line="499"/>
        <source>Change selected…</source>
        <translation>Cambiar la selección…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="497"/>
        <location filename="../../ui/incident_list.py" line="501"/>
        <source>Export selected…</source>
        <translation>Exportar la selección…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="503"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="514"/>
        <source>Saved filters</source>
        <translation>Filtros guardados</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="516"/>
        <source>Save filters…</source>
        <translation>Guardar los filtros…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="518"/>
        <source>Delete saved filter</source>
        <translation>Eliminar el filtro guardado</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="630"/>
        <source>All incidents</source>
        <translation>Todos los incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="631"/>
        <source>My drafts</source>
        <translation>Mis borradores</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="632"/>
        <source>To review (submitted)</source>
        <translation>Por revisar (presentados)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="635"/>
        <source>Situation: {name}</source>
        <translation>Situación: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="764"/>
        <source>Several countries hold “{text}”: choose one in the list. The country filter is still {country}.</source>
        <translation>Varios países contienen «{text}»: elija uno de la lista. El filtro de país sigue siendo {country}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="769"/>
        <source>No country matches “{text}”; the country filter is still {country}.</source>
        <translation>Ningún país coincide con «{text}»; el filtro de país sigue siendo {country}.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="778"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_list.py" line="801"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incidente</numerusform>
            <numerusform>%n incidentes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="805"/>
        <source>The incidents could not be read: {reason}</source>
        <translation>No se pudieron leer los incidentes: {reason}</translation>
    </message>
</context>
<context>
    <name>IncidentPicker</name>
    <message>
        <location filename="../../ui/incident_picker.py" line="77"/>
        <source>Choose incidents</source>
        <translation>Elegir incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="80"/>
        <source>Search incidents</source>
        <translation>Buscar incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="81"/>
        <source>Words in the title, narrative or place</source>
        <translation>Palabras del título, el relato o el lugar</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="83"/>
        <source>Only the situation&apos;s country, regions and period</source>
        <translation>Solo el país, las regiones y el período de la situación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="86"/>
        <source>Incidents found</source>
        <translation>Incidentes encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="94"/>
        <source>Add ticked</source>
        <translation>Añadir los marcados</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="104"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="133"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="148"/>
        <source>The search failed.</source>
        <translation>La búsqueda falló.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="165"/>
        <source>{incident} (already chosen)</source>
        <translation>{incident} (ya elegido)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="174"/>
        <source>No incident matches.</source>
        <translation>Ningún incidente coincide.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="178"/>
        <source>The {limit} latest found are shown: add words to narrow the search.</source>
        <translation>Se muestran los {limit} más recientes encontrados: añada palabras para afinar la búsqueda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_picker.py" line="183"/>
        <source>%n incident(s) found</source>
        <translation>
            <numerusform>%n incidente encontrado</numerusform>
            <numerusform>%n incidentes encontrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../ui/incident_model.py" line="109"/>
        <source>{title} (HQ&apos;s view for {audience}, read-only)</source>
        <translation>{title} (vista de la sede para {audience}, solo lectura)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="113"/>
        <source>UN</source>
        <translation>ONU</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="175"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="176"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="177"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="178"/>
        <source>Violations</source>
        <translation>Violaciones</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="179"/>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="180"/>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="181"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="244"/>
        <source>Not sortable: an incident may have several violations</source>
        <translation>No se puede ordenar: un incidente puede tener varias violaciones</translation>
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
        <translation>Upfront — datos de ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>&amp;New incident</source>
        <translation>&amp;Nuevo incidente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>&amp;Import incidents…</source>
        <translation>&amp;Importar incidentes…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Incidents from a spreadsheet or a JSON export, checked row by row</source>
        <translation>Incidentes desde una hoja de cálculo o una exportación JSON, comprobados fila por fila</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>&amp;Export incidents…</source>
        <translation>E&amp;xportar incidentes…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>Incidents as CSV, Excel, JSON or HXL, cleared for an audience</source>
        <translation>Incidentes en CSV, Excel, JSON o HXL, depurados según los destinatarios</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Close the records; the passphrase opens them again</source>
        <translation>Cerrar los registros; la frase de contraseña vuelve a abrirlos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>Emergency &amp;wipe…</source>
        <translation>Borrado de &amp;emergencia…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Destroy the key file and the records on this computer</source>
        <translation>Destruir el archivo de claves y los registros de este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>&amp;Users and passphrases…</source>
        <translation>&amp;Usuarios y frases de contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>Add or remove the users of this computer, or change your passphrase</source>
        <translation>Añadir o quitar usuarios de este equipo, o cambiar su frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>Run &amp;self-test…</source>
        <translation>Ejecutar &amp;autoprueba…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Check that this installation works: the encrypted store, cryptography, translations, fonts, reports and the link to HQ</source>
        <translation>Comprobar que esta instalación funciona: el almacén cifrado, la criptografía, las traducciones, las fuentes, los informes y la conexión con la sede</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>&amp;About Upfront</source>
        <translation>&amp;Acerca de Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>Situations</source>
        <translation>Situaciones</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>Strategies</source>
        <translation>Estrategias</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>Sync is not available in this build.</source>
        <translation>La sincronización no está disponible en esta versión.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="600"/>
        <source>Sync: not set up</source>
        <translation>Sincronización: no configurada</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="619"/>
        <source>Signed in as {user}</source>
        <translation>Sesión iniciada como {user}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="620"/>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="620"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="778"/>
        <source>Settings saved. Language and data folder apply when Upfront next starts.</source>
        <translation>Configuración guardada. El idioma y la carpeta de datos se aplicarán la próxima vez que se inicie Upfront.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="780"/>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="812"/>
        <source>About Upfront</source>
        <translation>Acerca de Upfront</translation>
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
        <translation>Documentación de violaciones de los derechos humanos para los equipos de las Naciones Unidas en los países.

Esquema de la base de datos: {schema}
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
        <translation>Cargando el mapa…</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="266"/>
        <source>Show &amp;points</source>
        <translation>Mostrar &amp;puntos</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="268"/>
        <source>Show incident locations as points</source>
        <translation>Mostrar la ubicación de los incidentes como puntos</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="274"/>
        <source>Map of incidents</source>
        <translation>Mapa de incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="277"/>
        <source>Regions on the map</source>
        <translation>Regiones en el mapa</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="280"/>
        <source>&amp;Regions</source>
        <translation>&amp;Regiones</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="333"/>
        <source>{incidents} in {regions} on the map</source>
        <translation>{incidents} en {regions} en el mapa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="334"/>
        <location filename="../../ui/map_page.py" line="375"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incidente</numerusform>
            <numerusform>%n incidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="335"/>
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n región</numerusform>
            <numerusform>%n regiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="342"/>
        <source>%n incident(s) without a region: counted, not on the map.</source>
        <translation>
            <numerusform>%n incidente sin región: contado, no aparece en el mapa.</numerusform>
            <numerusform>%n incidentes sin región: contados, no aparecen en el mapa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="350"/>
        <source>%n incident(s) without coordinates have no point.</source>
        <translation>
            <numerusform>%n incidente sin coordenadas no tiene punto.</numerusform>
            <numerusform>%n incidentes sin coordenadas no tienen punto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="354"/>
        <source>Nearby incidents share a dot, sized by their number.</source>
        <translation>Los incidentes cercanos comparten un punto, cuyo tamaño indica su número.</translation>
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
        <translation>{region}, {country}: {incidents}</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="388"/>
        <source>The map could not be read.</source>
        <translation>No se pudo leer el mapa.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/sync_page.py" line="173"/>
        <source>Merge: {title}</source>
        <translation>Fusión: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="177"/>
        <source>Version kept at HQ</source>
        <translation>Versión conservada en la Sede</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="180"/>
        <location filename="../../ui/sync_page.py" line="196"/>
        <source>Other version</source>
        <translation>Otra versión</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="182"/>
        <location filename="../../ui/sync_page.py" line="224"/>
        <source>Merged text</source>
        <translation>Texto fusionado</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="183"/>
        <source>Start from the kept version</source>
        <translation>Partir de la versión conservada</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="185"/>
        <source>Start from the other version</source>
        <translation>Partir de la otra versión</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="187"/>
        <source> (from this device)</source>
        <translation> (de este dispositivo)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="191"/>
        <source>Kept at HQ</source>
        <translation>Conservada en la Sede</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="216"/>
        <source>The field “{field}” was changed in two places before either saw the other. Both versions are kept; write the text that should stand.</source>
        <translation>El campo «{field}» se modificó en dos lugares antes de que ninguna de las dos modificaciones tuviera conocimiento de la otra. Se conservan ambas versiones; escriba el texto que debe prevalecer.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase.py" line="153"/>
        <source>Too short: use at least {minimum} characters.</source>
        <translation>Demasiado corta: use al menos {minimum} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="159"/>
        <source>The passphrases do not match.</source>
        <translation>Las frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="163"/>
        <source>Type the passphrase again.</source>
        <translation>Vuelva a escribir la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="180"/>
        <source>At least {minimum} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Al menos {minimum} caracteres. Unas pocas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
</context>
<context>
    <name>ObjectivesDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="540"/>
        <source>Objectives of the strategy</source>
        <translation>Objetivos de la estrategia</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="543"/>
        <source>Choose an objective to change its wording or remove it, or type a new one and add it. Saving makes a new version of the strategy.</source>
        <translation>Elija un objetivo para cambiar su redacción o quitarlo, o escriba uno nuevo y añádalo. Al guardar se crea una nueva versión de la estrategia.</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="550"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="554"/>
        <location filename="../../ui/situation_dialogs.py" line="569"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="555"/>
        <source>What the strategy aims at</source>
        <translation>Lo que persigue la estrategia</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="556"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="558"/>
        <source>Change wording</source>
        <translation>Cambiar la redacción</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="559"/>
        <source>Change the wording of the objective</source>
        <translation>Cambiar la redacción del objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="561"/>
        <location filename="../../ui/situation_dialogs.py" line="652"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="562"/>
        <source>Remove the objective</source>
        <translation>Quitar el objetivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/situation_dialogs.py" line="585"/>
        <source>{objective} (%n action(s))</source>
        <translation>
            <numerusform>{objective} (%n acción)</numerusform>
            <numerusform>{objective} (%n acciones)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="604"/>
        <source>is required: write what the strategy aims at</source>
        <translation>es obligatorio: escriba lo que persigue la estrategia</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="606"/>
        <source>is longer than {count} characters</source>
        <translation>tiene más de {count} caracteres</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="609"/>
        <source>Objective: {reason}</source>
        <translation>Objetivo: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="640"/>
        <source>Remove the objective?</source>
        <translation>¿Quitar el objetivo?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/situation_dialogs.py" line="643"/>
        <source>%n action(s) serve this objective: {actions}. They stay in the strategy, with no objective.</source>
        <translation>
            <numerusform>%n acción sirve a este objetivo: {actions}. Se queda en la estrategia, sin objetivo.</numerusform>
            <numerusform>%n acciones sirven a este objetivo: {actions}. Se quedan en la estrategia, sin objetivo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="653"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="485"/>
        <source>not given</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="488"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="502"/>
        <source>{field}: precision</source>
        <translation>{field}: precisión</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/progress_dialog.py" line="288"/>
        <source>Saving cancelled; no file was written.</source>
        <translation>Guardado cancelado; no se ha escrito ningún archivo.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/progress_dialog.py" line="118"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="121"/>
        <source>What is being done</source>
        <translation>Lo que se está haciendo</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="124"/>
        <source>Cancel status</source>
        <translation>Estado de la cancelación</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="126"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="127"/>
        <source>Cancel this work</source>
        <translation>Cancelar este trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="145"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="154"/>
        <source>Stopping at the next safe point; nothing half-done is kept.</source>
        <translation>Se detendrá en el próximo punto seguro; no se conserva nada a medio hacer.</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="168"/>
        <source>{what}: {done} of {total}</source>
        <translation>{what}: {done} de {total}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="177"/>
        <source>{what}: {done}</source>
        <translation>{what}: {done}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="194"/>
        <source>Checking rows</source>
        <translation>Comprobando las filas</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="195"/>
        <source>Importing records</source>
        <translation>Importando los registros</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="196"/>
        <source>Writing records</source>
        <translation>Escribiendo los registros</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="197"/>
        <source>Gathering the report&apos;s figures</source>
        <translation>Reuniendo las cifras del informe</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="198"/>
        <source>Drawing pages</source>
        <translation>Componiendo las páginas</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="199"/>
        <source>Copying the records under the new key</source>
        <translation>Copiando los registros con la nueva clave</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="200"/>
        <source>Putting the new key in force</source>
        <translation>Poniendo en vigor la nueva clave</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="201"/>
        <source>Changes received from HQ</source>
        <translation>Cambios recibidos de la sede</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="202"/>
        <source>Files received from HQ</source>
        <translation>Archivos recibidos de la sede</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="209"/>
        <source>Cannot be cancelled now: the copy under the new key is being put in place, and stopping half-way would not be safe.</source>
        <translation>No se puede cancelar ahora: la copia con la nueva clave se está colocando en su sitio y detenerse a medias no sería seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="213"/>
        <source>Cannot be cancelled now: the user&apos;s key slot is being removed, and the key change that follows must finish.</source>
        <translation>No se puede cancelar ahora: se está eliminando la ranura de clave del usuario y el cambio de clave que sigue debe terminar.</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="216"/>
        <source>Cannot be cancelled now: this step must finish.</source>
        <translation>No se puede cancelar ahora: este paso debe terminar.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../ui/report/strings.py" line="15"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="16"/>
        <source>Generated {when}</source>
        <translation>Generado el {when}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="17"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="18"/>
        <source>Reference of the report&apos;s content: two prints with the same reference say the same thing.</source>
        <translation>Referencia del contenido del informe: dos ejemplares impresos con la misma referencia tienen idéntico contenido.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="22"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="23"/>
        <source>Reporting period</source>
        <translation>Período que abarca el informe</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="24"/>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="25"/>
        <source>Audience</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="26"/>
        <source>{title} (continued)</source>
        <translation>{title} (continuación)</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="27"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="28"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="29"/>
        <source>fewer than {threshold}</source>
        <translation>menos de {threshold}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="32"/>
        <source>Internal</source>
        <translation>Uso interno</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="33"/>
        <source>United Nations</source>
        <translation>Naciones Unidas</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="34"/>
        <source>Partners</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="35"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="38"/>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="39"/>
        <source>Incidents over time</source>
        <translation>Evolución de los incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="40"/>
        <source>Violations by type and region</source>
        <translation>Violaciones por tipo y región</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="41"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="42"/>
        <source>Key incidents</source>
        <translation>Incidentes principales</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="43"/>
        <source>Risk assessment</source>
        <translation>Evaluación de riesgos</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="44"/>
        <source>Prevention and response actions</source>
        <translation>Acciones de prevención y respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="45"/>
        <source>Sources and methodology</source>
        <translation>Fuentes y metodología</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="48"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="49"/>
        <source>Acts of violation</source>
        <translation>Actos de violación</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="50"/>
        <source>Victims</source>
        <translation>Víctimas</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="51"/>
        <source>By violation type</source>
        <translation>Por tipo de violación</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="52"/>
        <source>By verification level</source>
        <translation>Por nivel de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="53"/>
        <source>Victims by sex and age</source>
        <translation>Víctimas por sexo y edad</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="54"/>
        <source>Violation type</source>
        <translation>Tipo de violación</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="55"/>
        <source>Verification level</source>
        <translation>Nivel de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="56"/>
        <source>Sex / age</source>
        <translation>Sexo / edad</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="57"/>
        <source>No incidents in this period.</source>
        <translation>No hay incidentes en este período.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="59"/>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="60"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="61"/>
        <source>This report covers {count} countries: {countries}. Each country&apos;s figures are counted and withheld by the same rules as the totals, and what is left out is counted over all of them.</source>
        <translation>Este informe abarca {count} países: {countries}. Las cifras de cada país se cuentan y se ocultan con las mismas reglas que los totales, y lo que queda fuera se cuenta sobre todos ellos.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="68"/>
        <source>Incidents per week</source>
        <translation>Incidentes por semana</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="69"/>
        <source>Incidents per month</source>
        <translation>Incidentes por mes</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="70"/>
        <source>Week starting</source>
        <translation>Semana que comienza el</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="71"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="72"/>
        <source>Hatched segments stand for fewer than {threshold} incidents; they are drawn at a nominal height of {height}.</source>
        <translation>Los segmentos rayados representan menos de {threshold} incidentes; se representan con una altura nominal de {height}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="78"/>
        <source>Rows: violation type; columns: first-level administrative area.</source>
        <translation>Filas: tipo de violación; columnas: división administrativa de primer nivel.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="81"/>
        <source>×: withheld, so that a small count cannot be worked out from the totals.</source>
        <translation>×: dato omitido para que no pueda deducirse una cifra pequeña a partir de los totales.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="85"/>
        <source>Incidents by area</source>
        <translation>Incidentes por zona</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="86"/>
        <source>None recorded</source>
        <translation>Ninguno registrado</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="87"/>
        <source>Incident location</source>
        <translation>Ubicación del incidente</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="88"/>
        <source>No boundary data for {areas}</source>
        <translation>No hay datos de límites para {areas}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="89"/>
        <source>Offline boundaries: Natural Earth.</source>
        <translation>Límites (datos sin conexión): Natural Earth.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="90"/>
        <source>The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.</source>
        <translation>Los límites y los nombres que figuran en este mapa y las denominaciones empleadas en él no implican su aprobación o aceptación oficial por las Naciones Unidas.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="95"/>
        <source>No map data for this period.</source>
        <translation>No hay datos cartográficos para este período.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="97"/>
        <location filename="../../ui/report/timeline.py" line="75"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="98"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="99"/>
        <source>Violations</source>
        <translation>Violaciones</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="100"/>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="101"/>
        <source>Named persons</source>
        <translation>Personas identificadas por su nombre</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="102"/>
        <source>No key incidents in this period.</source>
        <translation>No hay incidentes principales en este período.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="103"/>
        <source>Incidents not listed one by one, as listing them would reveal a figure too small to publish: {count}.</source>
        <translation>Incidentes no enumerados uno por uno, porque enumerarlos revelaría una cifra demasiado pequeña para publicarse: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="108"/>
        <source>Incidents in this report with no summary cleared for partners and the public (none is printed for them): {count}.</source>
        <translation>Incidentes de este informe sin resumen aprobado para los socios y el público (no se imprime ninguno para ellos): {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="113"/>
        <source>Summaries cleared by their author alone, in an office with a single user: {count}.</source>
        <translation>Resúmenes aprobados solo por su autor, en una oficina con un único usuario: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="116"/>
        <source>Incidents approved in review by their own author, in an office with a single user: {count}.</source>
        <translation>Incidentes aprobados en el examen por su propio autor, en una oficina de un único usuario: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="121"/>
        <source>Assessed on {date}</source>
        <translation>Evaluado el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="122"/>
        <source>previous assessment {date}</source>
        <translation>evaluación anterior: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="123"/>
        <source>first assessment</source>
        <translation>primera evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="124"/>
        <source>Overall level: {level}</source>
        <translation>Nivel general: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="125"/>
        <source>Risk factor</source>
        <translation>Factor de riesgo</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="126"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="127"/>
        <source>Previous level</source>
        <translation>Nivel anterior</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="128"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="129"/>
        <source>No risk assessment in this period.</source>
        <translation>No hay ninguna evaluación de riesgos en este período.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="131"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="132"/>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="133"/>
        <source>Lead / owner</source>
        <translation>Entidad principal / responsable</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="134"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="135"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="136"/>
        <source>Overdue</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="59"/>
        <source>Quarterly review</source>
        <translation>Examen trimestral</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="60"/>
        <source>Quarter {quarter}: {start} to {end}</source>
        <translation>Trimestre {quarter}: del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="61"/>
        <source>As of {date}</source>
        <translation>Al {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="62"/>
        <source>Situations in order of attention</source>
        <translation>Situaciones por orden de atención</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="64"/>
        <source>Points: {deterioration} per deterioration signal, {risk_up} per risk factor assessed higher, {late_actions} per late action, {blocked_actions} per blocked action, {late_decisions} per late decision of the quarter before, {incidents_added} per ten incidents added.</source>
        <translation>Puntos: {deterioration} por señal de deterioro, {risk_up} por factor de riesgo evaluado al alza, {late_actions} por acción con retraso, {blocked_actions} por acción bloqueada, {late_decisions} por decisión del trimestre anterior con retraso, {incidents_added} por cada diez incidentes añadidos.</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="72"/>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="73"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="74"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="75"/>
        <source>No situation of concern.</source>
        <translation>Ninguna situación preocupante.</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="76"/>
        <source>Nothing calls for attention this quarter.</source>
        <translation>Nada requiere atención este trimestre.</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="78"/>
        <source>deterioration signals: {count}</source>
        <translation>señales de deterioro: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="79"/>
        <source>risk factors assessed higher: {count}</source>
        <translation>factores de riesgo evaluados al alza: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="80"/>
        <source>late actions: {count}</source>
        <translation>acciones con retraso: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="81"/>
        <source>blocked actions: {count}</source>
        <translation>acciones bloqueadas: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="82"/>
        <source>late decisions: {count}</source>
        <translation>decisiones con retraso: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="83"/>
        <source>incidents added: {count}</source>
        <translation>incidentes añadidos: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="85"/>
        <source>The situations</source>
        <translation>Las situaciones</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="86"/>
        <source>Risk changes</source>
        <translation>Cambios en los riesgos</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="87"/>
        <source>Deterioration signals</source>
        <translation>Señales de deterioro</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="89"/>
        <source>{scope}: {count} incidents in the last weeks, {ratio} times the usual level</source>
        <translation>{scope}: {count} incidentes en las últimas semanas, {ratio} veces el nivel habitual</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="94"/>
        <source>{scope}: {count} incidents in the last weeks, where there were none before</source>
        <translation>{scope}: {count} incidentes en las últimas semanas, donde antes no había ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="98"/>
        <source>All incidents</source>
        <translation>Todos los incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="99"/>
        <source>Late actions</source>
        <translation>Acciones con retraso</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="100"/>
        <source>Blocked actions</source>
        <translation>Acciones bloqueadas</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="101"/>
        <source>Incidents added in the quarter: {count}</source>
        <translation>Incidentes añadidos en el trimestre: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="102"/>
        <source>Engagements of the quarter</source>
        <translation>Gestiones del trimestre</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="103"/>
        <source>Engagement</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="104"/>
        <source>Asked / answered</source>
        <translation>Lo pedido / la respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="105"/>
        <source>Follow-up due</source>
        <translation>Seguimiento previsto</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="106"/>
        <source>{un_by} with {with_whom}</source>
        <translation>{un_by} con {with_whom}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="107"/>
        <source>Decisions of this quarter</source>
        <translation>Decisiones de este trimestre</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="108"/>
        <source>No decision recorded.</source>
        <translation>No se ha registrado ninguna decisión.</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="109"/>
        <source>Decisions of {quarter}, as of {date}</source>
        <translation>Decisiones de {quarter}, al {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="110"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="111"/>
        <source>Entity / person</source>
        <translation>Entidad / persona</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="112"/>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="113"/>
        <source>Set by {user} on {date}</source>
        <translation>Indicado por {user} el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="114"/>
        <source>Strategy action: {title}</source>
        <translation>Acción de la estrategia: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="116"/>
        <source>Done</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="117"/>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="118"/>
        <location filename="../../ui/report/strings.py" line="137"/>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="119"/>
        <source>Dropped</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="120"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="138"/>
        <source>Actions: {actions}; overdue: {overdue}; blocked: {blocked}.</source>
        <translation>Acciones: {actions}; con retraso: {overdue}; bloqueadas: {blocked}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="141"/>
        <source>No actions in this period.</source>
        <translation>No hay acciones en este período.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="143"/>
        <source>Sources by type</source>
        <translation>Fuentes por tipo</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="144"/>
        <source>Source type</source>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="145"/>
        <source>No sources in this period.</source>
        <translation>No hay fuentes en este período.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="146"/>
        <source>Methodology</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="147"/>
        <source>To protect the people concerned, counts from 1 to {below} are shown as “&lt;{threshold}”.</source>
        <translation>Para proteger a las personas afectadas, las cifras de 1 a {below} se indican como «&lt;{threshold}».</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="152"/>
        <source>This report is for internal use: every count is shown in full.</source>
        <translation>Este informe es de uso interno: todas las cifras se indican de forma íntegra.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="157"/>
        <source>What this report leaves out</source>
        <translation>Lo que este informe deja fuera</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="158"/>
        <source>Not in these figures: {count} incidents of the period and scope, left out for this audience (see “What this report leaves out”).</source>
        <translation>Fuera de estas cifras: {count} incidentes del período y ámbito, excluidos para este público (véase «Lo que este informe deja fuera»).</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="163"/>
        <source>Of the {total} incidents recorded for this period and scope, {included} are counted in this report.</source>
        <translation>De los {total} incidentes registrados para este período y ámbito, {included} se cuentan en este informe.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="168"/>
        <source>Incidents of this period and scope counted in this report: {included}.</source>
        <translation>Incidentes de este período y ámbito contados en este informe: {included}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="171"/>
        <source>No incident of this period and scope is left out of this report.</source>
        <translation>Ningún incidente de este período y ámbito queda fuera de este informe.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="174"/>
        <source>Left out as drafts, not yet submitted for review: {count}.</source>
        <translation>Excluidos por ser borradores aún no presentados para revisión: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="177"/>
        <source>Left out as more confidential than this report&apos;s audience: {count}.</source>
        <translation>Excluidos por ser más confidenciales que el público de este informe: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="180"/>
        <source>Left out as found false or rejected: {count}.</source>
        <translation>Excluidos por haberse considerado falsos o rechazados: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="181"/>
        <source>Counted in the figures but told without an account, as no summary was cleared for partners and the public: {count}.</source>
        <translation>Contados en las cifras pero presentados sin relato, ya que no se aprobó ningún resumen para los socios y el público: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="187"/>
        <source>Report no. {number}</source>
        <translation>Informe n.º {number}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="188"/>
        <source>Information as of {date}</source>
        <translation>Información al {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="189"/>
        <source>Next report: {date}</source>
        <translation>Próximo informe: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="190"/>
        <source>Highlights</source>
        <translation>Aspectos destacados</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="191"/>
        <source>Overview</source>
        <translation>Panorama general</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="192"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="67"/>
        <source>Warning-to-action timeline</source>
        <translation>Cronología de la alerta a la acción</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="68"/>
        <source>{name}, as of {date}</source>
        <translation>{name}, al {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="69"/>
        <source>Warnings</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="70"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="71"/>
        <source>Escalation</source>
        <translation>Escalamiento</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="72"/>
        <source>First warning</source>
        <translation>Primera alerta</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="73"/>
        <source>Events</source>
        <translation>Acontecimientos</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="74"/>
        <source>Event</source>
        <translation>Acontecimiento</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="76"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="77"/>
        <source>From the first warning to action</source>
        <translation>De la primera alerta a la acción</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="78"/>
        <source>From the first warning to</source>
        <translation>De la primera alerta a</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="79"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="80"/>
        <source>open: {days} days so far</source>
        <translation>abierto: {days} días hasta ahora</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="81"/>
        <source>open: no warning yet</source>
        <translation>abierto: aún no hay alerta</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="82"/>
        <source>After-action review (draft)</source>
        <translation>Examen posterior a la acción (borrador)</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="83"/>
        <source>Nothing on the timeline yet.</source>
        <translation>Aún no hay nada en la cronología.</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="85"/>
        <source>First incident at {standard}</source>
        <translation>Primer incidente con {standard}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="86"/>
        <source>Risk factor at {level}: {factor}</source>
        <translation>Factor de riesgo {level}: {factor}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="87"/>
        <source>Deterioration signal</source>
        <translation>Señal de deterioro</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="88"/>
        <source>First engagement: {channel}</source>
        <translation>Primera gestión: {channel}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="89"/>
        <source>First action at {level} level</source>
        <translation>Primera acción a nivel {level}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="90"/>
        <source>Escalation to {to}</source>
        <translation>Escalamiento a {to}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="92"/>
        <source>the first engagement</source>
        <translation>la primera gestión</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="93"/>
        <source>the first strategy action</source>
        <translation>la primera acción de la estrategia</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="94"/>
        <source>the first action at {level} level</source>
        <translation>la primera acción a nivel {level}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="95"/>
        <source>the first engagement through {channel}</source>
        <translation>la primera gestión a través de {channel}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="97"/>
        <source>incident {id}</source>
        <translation>incidente {id}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="98"/>
        <source>assessment {id}, version {version}</source>
        <translation>evaluación {id}, versión {version}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="99"/>
        <source>strategy version {version}, action {action}</source>
        <translation>estrategia versión {version}, acción {action}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="100"/>
        <source>engagement {id}</source>
        <translation>gestión {id}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="101"/>
        <source>signals as of {date}</source>
        <translation>señales al {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="103"/>
        <source>First warning on {date}: {what} (source: {source}).</source>
        <translation>Primera alerta el {date}: {what} (fuente: {source}).</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="104"/>
        <source>To {what}: {days} days, on {date} (source: {source}).</source>
        <translation>Hasta {what}: {days} días, el {date} (fuente: {source}).</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="105"/>
        <source>To {what}: it came {days} days before the warning, on {date} (source: {source}).</source>
        <translation>Hasta {what}: ocurrió {days} días antes de la alerta, el {date} (fuente: {source}).</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="108"/>
        <source>To {what}: not yet as of {date}, {days} days since the first warning.</source>
        <translation>Hasta {what}: aún no al {date}, {days} días desde la primera alerta.</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="111"/>
        <source>No warning as of {date}: no risk factor at high or severe, no deterioration signal, no incident at reasonable grounds or above.</source>
        <translation>Ninguna alerta al {date}: ningún factor de riesgo alto o grave, ninguna señal de deterioro, ningún incidente con motivos razonables o más.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="63"/>
        <source>Places where signals rise that no situation covers</source>
        <translation>Lugares con señales en aumento que ninguna situación abarca</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="64"/>
        <source>What the United Nations asks of Member States</source>
        <translation>Lo que las Naciones Unidas piden a los Estados Miembros</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="65"/>
        <source>Verified figures</source>
        <translation>Cifras verificadas</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="66"/>
        <source>Engagement with the State</source>
        <translation>Interlocución con el Estado</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="67"/>
        <source>Incidents of the period verified at “{standard}” or above, from {start} to {end}.</source>
        <translation>Incidentes del período verificados con el nivel «{standard}» o superior, del {start} al {end}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="70"/>
        <source>Countries: {countries}</source>
        <translation>Países: {countries}</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="71"/>
        <source>Not assessed</source>
        <translation>No evaluado</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="72"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="74"/>
        <source>higher</source>
        <translation>más alto</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="75"/>
        <source>lower</source>
        <translation>más bajo</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="76"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="77"/>
        <source>newly assessed</source>
        <translation>evaluado por primera vez</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="80"/>
        <source>No risk assessment up to {date}.</source>
        <translation>Ninguna evaluación de riesgos hasta el {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="81"/>
        <source>No deterioration signal as of {date}.</source>
        <translation>Ninguna señal de deterioro al {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="82"/>
        <source>No strategy action recorded.</source>
        <translation>No se ha registrado ninguna acción de estrategia.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="83"/>
        <source>No engagement recorded in the period.</source>
        <translation>No se ha registrado ninguna interlocución en el período.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="84"/>
        <source>None was written for this briefing.</source>
        <translation>No se redactó ningún texto para esta exposición informativa.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="85"/>
        <source>Risk assessments, strategies, the warning-to-action timeline and the horizon scan are United Nations planning documents: a briefing for this audience leaves them out.</source>
        <translation>Las evaluaciones de riesgos, las estrategias, la cronología de la alerta a la acción y el análisis prospectivo son documentos de planificación de las Naciones Unidas: una exposición informativa para este público los omite.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="90"/>
        <source>Horizon scan as of {date}, over every place the records hold: {flagged} places flagged, {uncovered} of them covered by no situation of concern.</source>
        <translation>Análisis prospectivo al {date}, sobre todos los lugares que contienen los registros: {flagged} lugares señalados, {uncovered} de ellos no abarcados por ninguna situación de preocupación.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="95"/>
        <source>For {countries}, the scan ran on HQ&apos;s weekly counts over all of the scope&apos;s records (as of {date}), small weeks suppressed.</source>
        <translation>Para {countries}, el análisis se basó en los recuentos semanales de la Sede sobre todos los registros del ámbito (al {date}), con las semanas pequeñas suprimidas.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="100"/>
        <source>≥: the place&apos;s series includes a small week HQ suppressed, counted as the least it can be in the last 4 weeks and the most before: the rise is at least as shown.</source>
        <translation>≥: la serie del lugar incluye una semana con pocos actos que la Sede ocultó, contada como lo mínimo posible en las últimas 4 semanas y lo máximo antes: el aumento es al menos el indicado.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="105"/>
        <source>Every place the scan flagged is covered by a situation.</source>
        <translation>Todos los lugares señalados por el análisis están abarcados por una situación.</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="106"/>
        <source>Acts, last 4 weeks</source>
        <translation>Actos, últimas 4 semanas</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="107"/>
        <source>Times the usual level</source>
        <translation>Veces el nivel habitual</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="108"/>
        <source>Of them at the standard of proof</source>
        <translation>De ellos, con el nivel de prueba</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="109"/>
        <source>partly covered by {names}</source>
        <translation>abarcado en parte por {names}</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="110"/>
        <source>all types</source>
        <translation>todos los tipos</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="111"/>
        <source>No situation of concern in this scope and period.</source>
        <translation>Ninguna situación de preocupación en este ámbito y período.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports_page.py" line="101"/>
        <location filename="../../ui/reports_page.py" line="106"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="102"/>
        <location filename="../../ui/reports_page.py" line="108"/>
        <source>Situation of concern</source>
        <translation>Situación preocupante</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="125"/>
        <source>Standard template</source>
        <translation>Plantilla estándar</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="126"/>
        <source>Template…</source>
        <translation>Plantilla…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="99"/>
        <location filename="../../ui/reports_page.py" line="130"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="100"/>
        <location filename="../../ui/reports_page.py" line="131"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="111"/>
        <source>Several countries</source>
        <translation>Varios países</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="112"/>
        <source>All countries held</source>
        <translation>Todos los países guardados</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="114"/>
        <source>Countries held on this device</source>
        <translation>Países guardados en este dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="135"/>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="145"/>
        <source>Audience</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="146"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="150"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="153"/>
        <source>Preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="154"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="155"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="166"/>
        <source>What each audience may read is decided before the report is drawn: incidents by their confidentiality, names by consent, places by the record&apos;s precision, and small counts hidden outside internal reports.</source>
        <translation>Lo que puede leer cada grupo de destinatarios se decide antes de elaborar el informe: los incidentes, según su confidencialidad; los nombres, según el consentimiento; los lugares, según la precisión del registro; y las cifras pequeñas se ocultan salvo en los informes internos.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="184"/>
        <source>Kind of report</source>
        <translation>Tipo de informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="185"/>
        <source>Situation &amp;report</source>
        <translation>&amp;Informe de situación</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="186"/>
        <source>&amp;Briefing pack</source>
        <translation>&amp;Sesión informativa</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="240"/>
        <source>Report template</source>
        <translation>Plantilla de informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="240"/>
        <source>Templates (*.json)</source>
        <translation>Plantillas (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="252"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="254"/>
        <source>One highlight per line</source>
        <translation>Un aspecto destacado por línea</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="260"/>
        <source>Report number</source>
        <translation>Número del informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="261"/>
        <source>Information as of</source>
        <translation>Información al</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="262"/>
        <source>Highlights</source>
        <translation>Aspectos destacados</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="263"/>
        <source>Overview</source>
        <translation>Panorama general</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="264"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="265"/>
        <source>Next report</source>
        <translation>Próximo informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="316"/>
        <source>Gathering the report…</source>
        <translation>Recopilando los datos del informe…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="331"/>
        <source>{incidents} incident(s), SHA-256 {digest}</source>
        <translation>{incidents} incidente(s), SHA-256 {digest}</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="353"/>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="384"/>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="384"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="399"/>
        <source>The report could not be saved.</source>
        <translation>No se pudo guardar el informe.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="424"/>
        <source>The report could not be made.</source>
        <translation>No se pudo elaborar el informe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports_page.py" line="402"/>
        <source>Saved %n page(s).</source>
        <translation>
            <numerusform>Se guardó %n página.</numerusform>
            <numerusform>Se guardaron %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="367"/>
        <source>Printing the report</source>
        <translation>Imprimiendo el informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="372"/>
        <source>Printing cancelled.</source>
        <translation>Impresión cancelada.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="395"/>
        <source>Saving the report</source>
        <translation>Guardando el informe</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/review_page.py" line="151"/>
        <source>Return “{title}” to its author</source>
        <translation>Devolver «{title}» a su autor</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="154"/>
        <source>What should the author check or change?</source>
        <translation>¿Qué debe comprobar o cambiar el autor?</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="155"/>
        <source>&amp;Comment for the author (required)</source>
        <translation>&amp;Comentario para el autor (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="163"/>
        <source>&amp;Return</source>
        <translation>&amp;Devolver</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="175"/>
        <source>Comment: say what the author should check or change</source>
        <translation>Comentario: indique qué debe comprobar o cambiar el autor</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="178"/>
        <source>Comment: at most {n} characters</source>
        <translation>Comentario: {n} caracteres como máximo</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="220"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="221"/>
        <source>Done</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="222"/>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="223"/>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="224"/>
        <source>Dropped</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="227"/>
        <source>deterioration signals: {count}</source>
        <translation>señales de deterioro: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="228"/>
        <source>risk factors assessed higher: {count}</source>
        <translation>factores de riesgo evaluados al alza: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="229"/>
        <source>late actions: {count}</source>
        <translation>acciones con retraso: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="230"/>
        <source>blocked actions: {count}</source>
        <translation>acciones bloqueadas: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="231"/>
        <source>late decisions: {count}</source>
        <translation>decisiones con retraso: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="232"/>
        <source>incidents added: {count}</source>
        <translation>incidentes añadidos: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="261"/>
        <location filename="../../ui/review_dialog.py" line="276"/>
        <location filename="../../ui/review_dialog.py" line="525"/>
        <source>Quarterly review</source>
        <translation>Examen trimestral</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="267"/>
        <source>Internal: the country team</source>
        <translation>Uso interno: el equipo de las Naciones Unidas en el país</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="268"/>
        <source>United Nations system</source>
        <translation>Sistema de las Naciones Unidas</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="270"/>
        <source>Who the review is for: for the UN, names it may not read are left out</source>
        <translation>A quién va dirigido el examen: para las Naciones Unidas se omiten los nombres que no pueden leer</translation>
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
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="286"/>
        <location filename="../../ui/review_dialog.py" line="311"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="290"/>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="291"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="292"/>
        <source>Entity / person</source>
        <translation>Entidad / persona</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="293"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="294"/>
        <source>State, who and why</source>
        <translation>Situación, quién y por qué</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="305"/>
        <source>Add decision…</source>
        <translation>Añadir una decisión…</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="307"/>
        <source>Change status…</source>
        <translation>Cambiar el estado…</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="332"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="333"/>
        <source>Copy the review as text, to paste elsewhere</source>
        <translation>Copiar la revisión como texto, para pegarla en otro lugar</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="334"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="335"/>
        <source>Save as JSON…</source>
        <translation>Guardar como JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="373"/>
        <source>The decision is recorded.</source>
        <translation>La decisión se ha registrado.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="382"/>
        <source>The decision&apos;s status is saved.</source>
        <translation>El estado de la decisión se ha guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="394"/>
        <source>The review is on the clipboard.</source>
        <translation>La revisión está en el portapapeles.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="401"/>
        <source>Save the quarterly review</source>
        <translation>Guardar la revisión trimestral</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="402"/>
        <source>review-{quarter}.json</source>
        <translation>revision-{quarter}.json</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="403"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="412"/>
        <source>Save the quarterly review as PDF</source>
        <translation>Guardar el examen trimestral como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="413"/>
        <source>review-{quarter}.pdf</source>
        <translation>revision-{quarter}.pdf</translation>
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
        <translation>La revisión no se guardó.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="436"/>
        <source>Saved to {path}.</source>
        <translation>Guardada en {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="458"/>
        <source>Saved to {path} (SHA-256 {hash}).</source>
        <translation>Guardado en {path} (SHA-256 {hash}).</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="489"/>
        <source>The review could not be built.</source>
        <translation>No se pudo elaborar el examen.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="511"/>
        <source>by {user} on {date}</source>
        <translation>por {user} el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="531"/>
        <source>No situation of concern.</source>
        <translation>No hay ninguna situación preocupante.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="533"/>
        <source>Deterioration</source>
        <translation>Deterioro</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="542"/>
        <source>{points} points: {reasons}</source>
        <translation>{points} puntos: {reasons}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="552"/>
        <source>Risk: {factor}: {old} → {new}</source>
        <translation>Riesgo: {factor}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="562"/>
        <source>all incidents</source>
        <translation>todos los incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="574"/>
        <source>Overdue: {title} (due {due}, lead {lead})</source>
        <translation>Con retraso: {title} (plazo: {due}; entidad principal: {lead})</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="585"/>
        <source>Blocked: {title}</source>
        <translation>Bloqueada: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="588"/>
        <source>Incidents added: {count}</source>
        <translation>Incidentes añadidos: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="595"/>
        <source>Engagement on {date}: {type}, {un_by} with {with_whom}</source>
        <translation>Gestión del {date}: {type}, {un_by} con {with_whom}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="609"/>
        <source>Decision: {text} ({who}, due {due}): {state}</source>
        <translation>Decisión: {text} ({who}, plazo {due}): {state}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="621"/>
        <source>Decisions of {quarter}, as of {date}</source>
        <translation>Decisiones de {quarter}, al {date}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="627"/>
        <source>No decision recorded.</source>
        <translation>No se ha registrado ninguna decisión.</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="633"/>
        <source>{situation}: {text} ({who}, due {due}): {state}</source>
        <translation>{situation}: {text} ({who}, plazo {due}): {state}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/review_page.py" line="255"/>
        <source>Waiting for my review</source>
        <translation>En espera de mi examen</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="256"/>
        <source>All submitted records</source>
        <translation>Todos los registros presentados</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="257"/>
        <source>Returned to me</source>
        <translation>Devueltos a mí</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="258"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="265"/>
        <source>Records in review</source>
        <translation>Registros en examen</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="275"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="276"/>
        <source>A&amp;pprove…</source>
        <translation>A&amp;probar…</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="277"/>
        <source>Re&amp;turn to author…</source>
        <translation>Devolver al au&amp;tor…</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="278"/>
        <source>Assi&amp;gn…</source>
        <translation>Asi&amp;gnar…</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="350"/>
        <location filename="../../ui/review_page.py" line="357"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="351"/>
        <location filename="../../ui/review_page.py" line="358"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="352"/>
        <location filename="../../ui/review_page.py" line="359"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="353"/>
        <source>Returned by</source>
        <translation>Devuelto por</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="354"/>
        <source>Reviewer&apos;s comment</source>
        <translation>Comentario del revisor</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="360"/>
        <source>Submitted by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="361"/>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="374"/>
        <source>(no one)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="375"/>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="394"/>
        <source>{n} record(s) waiting for your review.</source>
        <translation>{n} registro(s) en espera de su examen.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="395"/>
        <source>{n} submitted record(s) in this store.</source>
        <translation>{n} registro(s) presentado(s) en este almacén.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="396"/>
        <source>{n} record(s) returned to you: open one to work on it.</source>
        <translation>{n} registro(s) devuelto(s) a usted: abra uno para trabajar en él.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="399"/>
        <source>Nothing is waiting for your review.</source>
        <translation>No hay nada en espera de su examen.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="400"/>
        <source>No record is waiting for review.</source>
        <translation>Ningún registro espera examen.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="401"/>
        <source>No record was returned to you.</source>
        <translation>No se le ha devuelto ningún registro.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="423"/>
        <source>Could not do it ({kind}); nothing was changed.</source>
        <translation>No se pudo hacer ({kind}); no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="465"/>
        <source>Approved “{title}” ({standard}).</source>
        <translation>«{title}» aprobado ({standard}).</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="478"/>
        <source>Returned “{title}” to its author.</source>
        <translation>«{title}» devuelto a su autor.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="491"/>
        <source>Assigned “{title}” to {user}.</source>
        <translation>«{title}» asignado a {user}.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="493"/>
        <source>“{title}” is open to any reviewer.</source>
        <translation>«{title}» queda abierto a cualquier revisor.</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <location filename="../../ui/incident_editor/rows.py" line="48"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/rows.py" line="110"/>
        <source>{mask} (protected)</source>
        <translation>{mask} (protegido)</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <location filename="../../ui/incident_editor/rows.py" line="231"/>
        <source>Remove {row}</source>
        <translation>Eliminar {row}</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Sample data — not a real store</source>
        <translation>Datos de ejemplo — no es un almacén real</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Every record here is fictitious. What you type stays in this sample folder and can never be sent to HQ.</source>
        <translation>Todos los registros de aquí son ficticios. Lo que escriba se queda en esta carpeta de ejemplo y nunca puede enviarse a la sede.</translation>
    </message>
</context>
<context>
    <name>SaveFilterDialog</name>
    <message>
        <location filename="../../ui/incident_list.py" line="125"/>
        <source>Save the filters</source>
        <translation>Guardar los filtros</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="127"/>
        <source>Name of the filter</source>
        <translation>Nombre del filtro</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="135"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="47"/>
        <source>Self-test</source>
        <translation>Autoprueba</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="61"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="65"/>
        <source>&amp;Copy results</source>
        <translation>&amp;Copiar resultados</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="66"/>
        <source>Run &amp;again</source>
        <translation>Ejecutar de &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="98"/>
        <source>Checking {name}…</source>
        <translation>Comprobando {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="131"/>
        <source>{failed} of {total} checks failed. Copy the results and send them to whoever supports Upfront for your office.</source>
        <translation>Fallaron {failed} de {total} comprobaciones. Copie los resultados y envíelos a quien da soporte a Upfront en su oficina.</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="141"/>
        <source>Everything works: {total} checks passed or did not apply.</source>
        <translation>Todo funciona: {total} comprobaciones superadas o no aplicables.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="70"/>
        <source>Settings</source>
        <translation>Configuración</translation>
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
        <translation>Recordarme en este dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</source>
        <translation>Conservar una clave en el llavero seguro de este equipo para que Upfront se abra sin la frase de contraseña. Solo en un equipo que use únicamente usted.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>This computer has no secure keyring, so Upfront cannot remember you here.</source>
        <translation>Este equipo no tiene un llavero seguro, por lo que Upfront no puede recordarle aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119"/>
        <source>The standard folder for this computer</source>
        <translation>La carpeta estándar de este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="139"/>
        <source>Applies when Upfront next starts.</source>
        <translation>Se aplica la próxima vez que se inicie Upfront.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>The whole window, at once.</source>
        <translation>Toda la ventana, al instante.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="142"/>
        <source>Upfront locks itself after this long without keyboard or mouse input.</source>
        <translation>Upfront se bloquea tras este tiempo sin actividad del teclado ni del ratón.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="145"/>
        <source>Locks at once, from any Upfront window.</source>
        <translation>Bloquea de inmediato, desde cualquier ventana de Upfront.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="148"/>
        <source>Applies when Upfront next starts. Move keys.json and upfront.db there yourself, together.</source>
        <translation>Se aplica la próxima vez que se inicie Upfront. Mueva usted mismo keys.json y upfront.db juntos a esa ubicación.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>{variable} is set and takes precedence.</source>
        <translation>{variable} está definida y tiene prioridad.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="158"/>
        <source>Not available: this computer has no secure keyring.</source>
        <translation>No disponible: este equipo no tiene un llavero seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="166"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="167"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="168"/>
        <source>Lock when &amp;idle for:</source>
        <translation>Bloquear tras inac&amp;tividad de:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="169"/>
        <source>&amp;Panic key:</source>
        <translation>Tecla de &amp;pánico:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="171"/>
        <source>&amp;Data folder:</source>
        <translation>Carpeta de &amp;datos:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="209"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="218"/>
        <source>Use Ctrl, Alt or a function key, or typing would lock Upfront.</source>
        <translation>Use Ctrl, Alt o una tecla de función; de lo contrario, al escribir se bloquearía Upfront.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="54"/>
        <location filename="../../ui/shortcuts_dialog.py" line="58"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="59"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="59"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="59"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="75"/>
        <source>Every command has a menu entry; these keys reach the most used ones. In a menu or a form, the underlined letter with Alt does the same.</source>
        <translation>Cada orden tiene una entrada de menú; estas teclas llevan a las más usadas. En un menú o un formulario, la letra subrayada con Alt hace lo mismo.</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="84"/>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="86"/>
        <source>Next field or button</source>
        <translation>Campo o botón siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="87"/>
        <source>Previous field or button</source>
        <translation>Campo o botón anterior</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="88"/>
        <source>The field or button whose letter is underlined</source>
        <translation>El campo o botón cuya letra está subrayada</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="89"/>
        <source>Open the list entry chosen, press the default button</source>
        <translation>Abrir la entrada elegida de la lista, pulsar el botón predeterminado</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="90"/>
        <source>Close a dialog (it asks first when something would be lost)</source>
        <translation>Cerrar un cuadro de diálogo (pregunta antes si algo se perdería)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="91"/>
        <source>This sheet</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="109"/>
        <source>Keyboard &amp;shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>SignalWords</name>
    <message numerus="yes">
        <location filename="../../ui/signal_words.py" line="41"/>
        <source>%n incident(s) in the last {weeks} weeks</source>
        <translation>
            <numerusform>%n incidente en las últimas {weeks} semanas</numerusform>
            <numerusform>%n incidentes en las últimas {weeks} semanas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="44"/>
        <source>usually {rate} a week in the {weeks} weeks before</source>
        <translation>normalmente {rate} por semana en las {weeks} semanas anteriores</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="51"/>
        <source>{recent}, where there were none in the {weeks} weeks before.</source>
        <translation>{recent}, cuando no hubo ninguno en las {weeks} semanas anteriores.</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="57"/>
        <source>{recent} ({usual}): {ratio} times the usual weekly level.</source>
        <translation>{recent} ({usual}): {ratio} veces el nivel semanal habitual.</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="64"/>
        <source>Alert: a rise this large is unlikely to be chance.</source>
        <translation>Alerta: es poco probable que un aumento tan grande se deba al azar.</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="68"/>
        <source>Alert: above the alert level of {alert} times, and a rise this large is unlikely to be chance.</source>
        <translation>Alerta: por encima del nivel de alerta de {alert} veces, y es poco probable que un aumento tan grande se deba al azar.</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="76"/>
        <source>No alert: too few incidents to judge (an alert needs at least {least}).</source>
        <translation>Sin alerta: demasiados pocos incidentes para juzgar (una alerta requiere al menos {least}).</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="82"/>
        <source>No alert: below the alert level of {alert} times.</source>
        <translation>Sin alerta: por debajo del nivel de alerta de {alert} veces.</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="87"/>
        <source>No alert: a rise of this size could still be chance with so few incidents.</source>
        <translation>Sin alerta: con tan pocos incidentes, un aumento de este tamaño aún podría deberse al azar.</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="95"/>
        <source>How alerts are raised: the last {recent} weeks are compared with the {baseline} weeks before. An alert needs at least {least} incidents, a weekly level at least {alert} times the usual one, and a rise too large to be chance (less than 1 chance in {odds}; for violation types, taken all together).</source>
        <translation>Cómo se dan las alertas: las últimas {recent} semanas se comparan con las {baseline} semanas anteriores. Una alerta requiere al menos {least} incidentes, un nivel semanal de al menos {alert} veces el habitual y un aumento demasiado grande para deberse al azar (menos de una probabilidad entre {odds}; para los tipos de violación, considerados en conjunto).</translation>
    </message>
</context>
<context>
    <name>SituationDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="438"/>
        <source>Situation of concern</source>
        <translation>Situación preocupante</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="444"/>
        <source>regions, separated by commas (none: all)</source>
        <translation>regiones, separadas por comas (ninguna: todas)</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="466"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="467"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="468"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="469"/>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="449"/>
        <location filename="../../ui/situation_dialogs.py" line="472"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="473"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="474"/>
        <source>Violation types (none ticked: all)</source>
        <translation>Tipos de violación (ninguno marcado: todos)</translation>
    </message>
</context>
<context>
    <name>SituationsPage</name>
    <message>
        <location filename="../../ui/situations_page.py" line="90"/>
        <source>Situations of concern</source>
        <translation>Situaciones preocupantes</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="102"/>
        <source>Risk factors over time</source>
        <translation>Evolución de los factores de riesgo</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="109"/>
        <source>Actions of the strategy</source>
        <translation>Acciones de la estrategia</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="113"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="114"/>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="115"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="116"/>
        <source>Lead</source>
        <translation>Entidad principal</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="117"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="118"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="119"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="131"/>
        <source>New assessment…</source>
        <translation>Nueva evaluación…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="133"/>
        <source>Add action…</source>
        <translation>Añadir acción…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="135"/>
        <source>Edit action…</source>
        <translation>Editar acción…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="138"/>
        <source>Objectives…</source>
        <translation>Objetivos…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="157"/>
        <source>Risk heat map</source>
        <translation>Mapa de calor de riesgos</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="158"/>
        <location filename="../../ui/situations_page.py" line="634"/>
        <source>Signals</source>
        <translation>Señales</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="159"/>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="161"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="165"/>
        <source>Engagement log</source>
        <translation>Registro de gestiones</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="166"/>
        <source>Task force and guidance</source>
        <translation>Equipo de tareas y orientación</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="168"/>
        <source>Quarterly review…</source>
        <translation>Examen trimestral…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="170"/>
        <source>New situation…</source>
        <translation>Nueva situación…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="172"/>
        <source>Edit situation…</source>
        <translation>Editar situación…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="181"/>
        <source>Timeline…</source>
        <translation>Cronología…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="183"/>
        <source>From the first warning to action: the situation&apos;s timeline</source>
        <translation>De la primera alerta a la acción: la cronología de la situación</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="208"/>
        <source>All confidentiality levels</source>
        <translation>Todos los niveles de confidencialidad</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="215"/>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="225"/>
        <source>Charts need Qt&apos;s chart module (PySide6-Addons), which is not installed.</source>
        <translation>Los gráficos requieren el módulo de gráficos de Qt (PySide6-Addons), que no está instalado.</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="236"/>
        <source>Acts per week, by violation type</source>
        <translation>Actos por semana, por tipo de violación</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="241"/>
        <source>Violation types in the chart</source>
        <translation>Tipos de violación del gráfico</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="256"/>
        <location filename="../../ui/situations_page.py" line="394"/>
        <source>Humanitarian figures per week</source>
        <translation>Cifras humanitarias por semana</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="259"/>
        <source>Humanitarian figures beside the violations</source>
        <translation>Cifras humanitarias junto a las violaciones</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="317"/>
        <source>Acts per week, by violation type, to {end}</source>
        <translation>Actos por semana, por tipo de violación, hasta el {end}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="328"/>
        <source>Week ending on</source>
        <translation>Semana que termina el</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="340"/>
        <source>Acts</source>
        <translation>Actos</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="237"/>
        <location filename="../../ui/situations_page.py" line="346"/>
        <source>Acts by region, last 26 weeks</source>
        <translation>Actos por región, últimas 26 semanas</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="348"/>
        <source>(no region)</source>
        <translation>(sin región)</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="366"/>
        <source>{measure} in {place}: {ratio}× the 12 weeks before; {acts}</source>
        <translation>{measure} en {place}: {ratio}× las 12 semanas anteriores; {acts}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="370"/>
        <source>acts rose: {types}</source>
        <translation>actos en aumento: {types}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="372"/>
        <source>no act type rose</source>
        <translation>ningún tipo de acto aumentó</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="376"/>
        <source>No humanitarian series is held for this situation&apos;s places.</source>
        <translation>No se dispone de ninguna serie humanitaria para los lugares de esta situación.</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="385"/>
        <source>{measure} in {place} ({dataset})</source>
        <translation>{measure} en {place} ({dataset})</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="530"/>
        <source>The situations could not be loaded.</source>
        <translation>No se pudieron cargar las situaciones.</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="546"/>
        <source>No situation of concern yet. Add one with New situation….</source>
        <translation>Aún no hay ninguna situación preocupante. Añada una con Nueva situación….</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="567"/>
        <source>{status} · {count} incidents · owner {owner}</source>
        <translation>{status} · {count} incidentes · responsable: {owner}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="585"/>
        <source>Risk factor</source>
        <translation>Factor de riesgo</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="592"/>
        <source>Overall</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="614"/>
        <source>&lt;b&gt;All incidents:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Todos los incidentes:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="622"/>
        <source>&lt;b&gt;{type}:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;{type}:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="634"/>
        <source>Signals ⚠</source>
        <translation>Señales ⚠</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="638"/>
        <source>No strategy yet.</source>
        <translation>Todavía no hay ninguna estrategia.</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="643"/>
        <source>Version {version}. Objectives: {objectives}</source>
        <translation>Versión {version}. Objetivos: {objectives}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="653"/>
        <source>{status} — overdue</source>
        <translation>{status} — con retraso</translation>
    </message>
</context>
<context>
    <name>StrategiesPage</name>
    <message>
        <location filename="../../ui/strategies_page.py" line="67"/>
        <location filename="../../ui/strategies_page.py" line="96"/>
        <location filename="../../ui/strategies_page.py" line="122"/>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="68"/>
        <source>All pillars</source>
        <translation>Todos los pilares</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="73"/>
        <location filename="../../ui/strategies_page.py" line="101"/>
        <location filename="../../ui/strategies_page.py" line="124"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="74"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="78"/>
        <source>Only overdue or blocked</source>
        <translation>Solo con retraso o bloqueadas</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="85"/>
        <source>No situation has a strategy yet. Add one under Situations.</source>
        <translation>Ninguna situación tiene todavía una estrategia. Añada una en Situaciones.</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="91"/>
        <source>Actions of every situation&apos;s strategy</source>
        <translation>Acciones de la estrategia de cada situación</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="94"/>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="95"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="97"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="98"/>
        <source>Lead</source>
        <translation>Entidad principal</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="99"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="100"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="113"/>
        <source>Objectives of its situation…</source>
        <translation>Objetivos de su situación…</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="154"/>
        <source>The actions could not be loaded.</source>
        <translation>No se pudieron cargar las acciones.</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="188"/>
        <source>{status} — overdue</source>
        <translation>{status} — con retraso</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="214"/>
        <source>{actions} in {situations}; {overdue} overdue, {blocked} blocked</source>
        <translation>{actions} en {situations}; {overdue} con retraso, {blocked} bloqueadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategies_page.py" line="215"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategies_page.py" line="216"/>
        <source>%n situation(s)</source>
        <translation>
            <numerusform>%n situación</numerusform>
            <numerusform>%n situaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/passphrase.py" line="104"/>
        <source>Too short</source>
        <translation>Demasiado corta</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="105"/>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="106"/>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="107"/>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="108"/>
        <source>Strong</source>
        <translation>Robusta</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_page.py" line="271"/>
        <source>HQ</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="272"/>
        <source>Last success</source>
        <translation>Última sincronización correcta</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="273"/>
        <source>Waiting to go</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="274"/>
        <source>To fetch from HQ</source>
        <translation>Por recibir de la Sede</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="275"/>
        <source>Not fetched</source>
        <translation>No recibidos</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="277"/>
        <source>Last problem</source>
        <translation>Último problema</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="279"/>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="281"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="283"/>
        <source>Enrol with HQ…</source>
        <translation>Inscribirse en la Sede…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="290"/>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="303"/>
        <location filename="../../ui/sync_page.py" line="309"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="303"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="303"/>
        <source>Needs</source>
        <translation>Acción requerida</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="306"/>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="309"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="309"/>
        <source>HQ&apos;s reason</source>
        <translation>Motivo de la Sede</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="304"/>
        <location filename="../../ui/sync_page.py" line="318"/>
        <source>Conflicts to merge</source>
        <translation>Conflictos por fusionar</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="311"/>
        <source>Refused by HQ (quarantine)</source>
        <translation>Rechazados por la Sede (cuarentena)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="324"/>
        <source>Refused by HQ (quarantine): these changes are kept here and did not block the others</source>
        <translation>Rechazados por la Sede (cuarentena): estos cambios se conservan aquí y no bloquearon los demás</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="379"/>
        <source>The sync status could not be read.</source>
        <translation>No se pudo leer el estado de la sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="392"/>
        <source>Not enrolled: press Enrol with HQ… and type what HQ gave you</source>
        <translation>No inscrito: pulse Inscribirse en la Sede… y escriba lo que le dio la Sede</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="399"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="402"/>
        <source>{changes} change(s), {files} file(s)</source>
        <translation>{changes} cambio(s), {files} archivo(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="409"/>
        <source>%n file(s), {size} left</source>
        <translation>
            <numerusform>%n archivo, faltan {size}</numerusform>
            <numerusform>%n archivos, faltan {size}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="413"/>
        <location filename="../../ui/sync_page.py" line="430"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="420"/>
        <source>%n file(s) HQ refused to send (last on {when}): not for this device&apos;s team or audience, or no longer held at HQ. Their records are here without them.</source>
        <translation>
            <numerusform>%n archivo que la Sede se negó a enviar (la última vez el {when}): no corresponde al equipo ni a los destinatarios de este dispositivo, o la Sede ya no lo tiene. Su registro está aquí sin él.</numerusform>
            <numerusform>%n archivos que la Sede se negó a enviar (la última vez el {when}): no corresponden al equipo ni a los destinatarios de este dispositivo, o la Sede ya no los tiene. Sus registros están aquí sin ellos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="432"/>
        <source>Sync: not set up</source>
        <translation>Sincronización: no configurada</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="435"/>
        <source>Sync: {count} waiting</source>
        <translation>Sincronización: {count} pendientes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="438"/>
        <source>Sync: %n file(s) to fetch</source>
        <translation>
            <numerusform>Sincronización: %n archivo por recibir</numerusform>
            <numerusform>Sincronización: %n archivos por recibir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="440"/>
        <source>Sync: failed, will retry</source>
        <translation>Sincronización: error, se volverá a intentar</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="442"/>
        <source>Sync: up to date</source>
        <translation>Sincronización: al día</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="450"/>
        <source>HQ says this computer&apos;s clock is {hours} hours ahead. Correct it: HQ treats its time stamps as HQ&apos;s own time.</source>
        <translation>Según la Sede, el reloj de este equipo va {hours} horas adelantado. Corríjalo: la Sede interpreta las marcas de tiempo de este equipo como si fueran la hora de la Sede.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="463"/>
        <source>merge</source>
        <translation>fusionar</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="489"/>
        <source>when you choose Sync now</source>
        <translation>cuando elija «Sincronizar ahora»</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="492"/>
        <source>in {seconds} s</source>
        <translation>en {seconds} s</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="499"/>
        <source>after enrolment</source>
        <translation>después de la inscripción</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="506"/>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="507"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="528"/>
        <source>changes sent: {sent}, received: {received}</source>
        <translation>cambios enviados: {sent}, recibidos: {received}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="538"/>
        <source>fetching files from HQ: {done} of {total} done, {got} of {size}</source>
        <translation>recibiendo archivos de la Sede: {done} de {total} recibidos, {got} de {size}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="540"/>
        <source>files fetched from HQ: {done} of {total} ({got})</source>
        <translation>archivos recibidos de la Sede: {done} de {total} ({got})</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="577"/>
        <source>erased on HQ&apos;s order</source>
        <translation>borrado por orden de la sede</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="594"/>
        <source>Failed: {problem}</source>
        <translation>Error: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="643"/>
        <source>The merge could not be saved.</source>
        <translation>No se pudo guardar la fusión.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="291"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="292"/>
        <source>Cancel this sync</source>
        <translation>Cancelar esta sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="583"/>
        <source>Sync cancelled; what was received is kept, and the next sync goes on from there.</source>
        <translation>Sincronización cancelada; lo recibido se conserva y la próxima sincronización continuará desde ahí.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="604"/>
        <source>stopping…</source>
        <translation>deteniendo…</translation>
    </message>
</context>
<context>
    <name>TaskForceDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="359"/>
        <source>Inter-agency task force</source>
        <translation>Equipo de tareas interinstitucional</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="362"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="363"/>
        <source>Member entities</source>
        <translation>Entidades miembros</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="364"/>
        <source>Established on</source>
        <translation>Creado el</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="365"/>
        <source>Situation Response Coordinator</source>
        <translation>Coordinador de la Respuesta a la Situación</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="366"/>
        <source>Coordinator&apos;s name</source>
        <translation>Nombre del coordinador</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="367"/>
        <source>Coordinator&apos;s entity</source>
        <translation>Entidad del coordinador</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="368"/>
        <source>Appointed on</source>
        <translation>Nombrado el</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="369"/>
        <source>Task force</source>
        <translation>Equipo de tareas</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="376"/>
        <source>A Situation Response Coordinator is appointed</source>
        <translation>Se ha nombrado un Coordinador de la Respuesta a la Situación</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="97"/>
        <source>Warning-to-action timeline</source>
        <translation>Cronología de la alerta a la acción</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="102"/>
        <source>Timeline of warnings and actions</source>
        <translation>Cronología de alertas y acciones</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="106"/>
        <source>From the first warning to</source>
        <translation>De la primera alerta a</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="107"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="108"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="109"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="112"/>
        <source>Intervals from the first warning</source>
        <translation>Intervalos desde la primera alerta</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="118"/>
        <location filename="../../ui/timeline_dialog.py" line="119"/>
        <source>After-action review (draft)</source>
        <translation>Examen posterior a la acción (borrador)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="132"/>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="133"/>
        <source>Save JSON…</source>
        <translation>Guardar JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="160"/>
        <source>The timeline could not be built.</source>
        <translation>No se pudo generar la cronología.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="166"/>
        <source>{name}, as of {date}</source>
        <translation>{name}, al {date}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="194"/>
        <source>Save the timeline</source>
        <translation>Guardar la cronología</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="195"/>
        <source>timeline.pdf</source>
        <translation>cronologia.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="195"/>
        <source>timeline.json</source>
        <translation>cronologia.json</translation>
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
        <translation>La cronología no se guardó.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="216"/>
        <location filename="../../ui/timeline_dialog.py" line="233"/>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="124"/>
        <source>Unlock Upfront</source>
        <translation>Desbloquear Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="138"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="139"/>
        <location filename="../../ui/unlock.py" line="321"/>
        <location filename="../../ui/unlock.py" line="325"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="162"/>
        <source>Too many wrong attempts.</source>
        <translation>Demasiados intentos fallidos.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="173"/>
        <source>&amp;Remember me on this device</source>
        <translation>&amp;Recordarme en este dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="179"/>
        <source>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</source>
        <translation>Conservar una clave en el llavero seguro de este equipo para que Upfront se abra sin la frase de contraseña. Solo en un equipo que use únicamente usted.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="188"/>
        <source>This computer has no secure keyring (such as Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet), so Upfront cannot remember you here. Enter your passphrase each time.</source>
        <translation>Este equipo no tiene un llavero seguro (como el Administrador de credenciales de Windows, el Llavero de macOS, GNOME Keyring o KWallet), por lo que Upfront no puede recordarle aquí. Introduzca su frase de contraseña cada vez.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="194"/>
        <source>Not available: this computer has no secure keyring.</source>
        <translation>No disponible: este equipo no tiene un llavero seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="199"/>
        <location filename="../../ui/unlock.py" line="271"/>
        <source>U&amp;ser:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="201"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="206"/>
        <source>Upfront is locked</source>
        <translation>Upfront está bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="208"/>
        <source>The records on this computer are encrypted. Enter your passphrase to open them.</source>
        <translation>Los registros de este equipo están cifrados. Introduzca su frase de contraseña para abrirlos.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="220"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="223"/>
        <source>Unlock with the recovery key</source>
        <translation>Desbloquear con la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="225"/>
        <source>Type the recovery key that was printed or written down when Upfront was set up on this computer. Dashes and spaces are optional, and lower-case letters are fine.</source>
        <translation>Escriba la clave de recuperación que se imprimió o anotó al configurar Upfront en este equipo. Los guiones y los espacios son opcionales, y se admiten minúsculas.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="238"/>
        <source>Upfront cannot open the records</source>
        <translation>Upfront no puede abrir los registros</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="244"/>
        <source>If you have a backup copy of the key file (keys.json), put it back in this folder and choose Try again:
{folder}</source>
        <translation>Si tiene una copia de seguridad del archivo de claves (keys.json), vuelva a colocarla en esta carpeta y elija Reintentar:
{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="275"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="275"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repita la frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="279"/>
        <source>Choose a new passphrase</source>
        <translation>Elija una nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="281"/>
        <source>The recovery key was accepted. Choose whose passphrase to replace, or type a new name, and set the passphrase to use from now on. The recovery key stays valid.</source>
        <translation>Se aceptó la clave de recuperación. Elija el usuario cuya frase de contraseña desea sustituir, o escriba un nombre nuevo, y defina la frase de contraseña que se usará a partir de ahora. La clave de recuperación sigue siendo válida.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="320"/>
        <source>Use recovery key</source>
        <translation>Usar la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="324"/>
        <source>Use passphrase</source>
        <translation>Usar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="328"/>
        <source>Set passphrase and &amp;open</source>
        <translation>Definir y &amp;abrir</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="331"/>
        <source>&amp;Try again</source>
        <translation>Re&amp;intentar</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="347"/>
        <source>No user has a passphrase for this store. Use the recovery key.</source>
        <translation>Ningún usuario tiene una frase de contraseña para este almacén. Use la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="370"/>
        <source>Opening with the key remembered on this device…</source>
        <translation>Abriendo con la clave recordada en este dispositivo…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="394"/>
        <source>Setting the new passphrase…</source>
        <translation>Estableciendo la nueva frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="406"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="498"/>
        <source>The recovery key is not correct. Nothing was changed.</source>
        <translation>La clave de recuperación no es correcta. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="503"/>
        <source>Wrong passphrase for “{user}”. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Frase de contraseña incorrecta para «{user}». Compruebe la distribución del teclado y la tecla Bloq Mayús, y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="549"/>
        <source>You can try again in %n s.</source>
        <translation>
            <numerusform>Puede volver a intentarlo dentro de %n s.</numerusform>
            <numerusform>Puede volver a intentarlo dentro de %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/users_dialog.py" line="144"/>
        <location filename="../../ui/users_dialog.py" line="213"/>
        <source>Users and passphrases</source>
        <translation>Usuarios y frases de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="155"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="158"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="184"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="191"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Añadir usuario…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="192"/>
        <source>&amp;Remove user…</source>
        <translation>&amp;Quitar usuario…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="193"/>
        <source>Change &amp;my passphrase…</source>
        <translation>Cambiar &amp;mi frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="217"/>
        <source>Each user opens the records on this computer with a passphrase of their own, and is named as the author of what they record. The recovery key opens the store too; it is not a user and cannot be removed.</source>
        <translation>Cada usuario abre los registros de este equipo con su propia frase de contraseña y figura como autor de lo que registra. La clave de recuperación también abre el almacén; no es un usuario y no se puede quitar.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="223"/>
        <source>&amp;Users:</source>
        <translation>&amp;Usuarios:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="243"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="245"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="245"/>
        <location filename="../../ui/users_dialog.py" line="296"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repita la frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="248"/>
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="250"/>
        <source>The new user types this passphrase to open Upfront on this computer, and can change it afterwards. Give it to them in person, never by e-mail or message.</source>
        <translation>El nuevo usuario escribe esta frase de contraseña para abrir Upfront en este equipo y puede cambiarla después. Entréguesela en persona, nunca por correo electrónico ni por mensaje.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="269"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="293"/>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña a&amp;ctual:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="296"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="299"/>
        <source>Change the passphrase of “{user}”</source>
        <translation>Cambiar la frase de contraseña de “{user}”</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="301"/>
        <source>From now on only the new passphrase opens Upfront for you. If this computer remembered you, it forgets you until you choose to be remembered again.</source>
        <translation>A partir de ahora solo la nueva frase de contraseña abre Upfront para usted. Si este equipo lo recordaba, lo olvida hasta que vuelva a elegir que lo recuerde.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="337"/>
        <source>{user} (you)</source>
        <translation>{user} (usted)</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="365"/>
        <source>&amp;Add user</source>
        <translation>&amp;Añadir usuario</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="368"/>
        <source>&amp;Remove and replace the key</source>
        <translation>&amp;Quitar y reemplazar la clave</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="377"/>
        <source>Change pass&amp;phrase</source>
        <translation>Cambiar la &amp;frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="431"/>
        <source>Enter the new user&apos;s name.</source>
        <translation>Escriba el nombre del nuevo usuario.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="437"/>
        <source>A user named “{user}” already has a passphrase here. Choose another name.</source>
        <translation>Un usuario llamado “{user}” ya tiene una frase de contraseña aquí. Elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="449"/>
        <source>Enter your current passphrase.</source>
        <translation>Escriba su frase de contraseña actual.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="457"/>
        <source>This is the only user: the store needs at least one. Add another user first, or use the emergency wipe to destroy the store.</source>
        <translation>Es el único usuario: el almacén necesita al menos uno. Añada primero otro usuario o use el borrado de emergencia para destruir el almacén.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="462"/>
        <source>You cannot remove yourself while you are using the store. Another user can remove you.</source>
        <translation>No puede quitarse a sí mismo mientras usa el almacén. Otro usuario puede quitarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="471"/>
        <source>A sync is running. Removing a user replaces the database key, so wait until the sync ends, then try again.</source>
        <translation>Hay una sincronización en curso. Quitar un usuario reemplaza la clave de la base de datos, así que espere a que termine la sincronización y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="480"/>
        <source>Select the user to remove.</source>
        <translation>Seleccione el usuario que desea quitar.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="487"/>
        <source>Remove “{user}”?</source>
        <translation>¿Quitar a “{user}”?</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="491"/>
        <source>Upfront replaces the database key (a key rotation) as it removes “{user}”. Afterwards neither their passphrase nor any copy of the key file they may have kept opens the records on this computer. Every other user&apos;s passphrase and the recovery key go on working as before.

The whole database is rewritten, which can take a while for a large store; nothing is lost if the computer stops meanwhile.</source>
        <translation>Al quitar a “{user}”, Upfront reemplaza la clave de la base de datos (una rotación de clave). Después, ni su frase de contraseña ni ninguna copia del archivo de claves que haya guardado abren los registros de este equipo. Las frases de contraseña de los demás usuarios y la clave de recuperación siguen funcionando como antes.

Se reescribe toda la base de datos, lo que puede tardar en un almacén grande; no se pierde nada si el equipo se detiene mientras tanto.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="506"/>
        <source>Needed once: the recovery key was made by an earlier version of Upfront and is converted on the way.</source>
        <translation>Necesaria una sola vez: la clave de recuperación se creó con una versión anterior de Upfront y se convierte de paso.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="551"/>
        <source>Adding the user…</source>
        <translation>Añadiendo el usuario…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="556"/>
        <source>“{user}” can now open Upfront on this computer.</source>
        <translation>“{user}” ya puede abrir Upfront en este equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="581"/>
        <source>Enter the recovery key.</source>
        <translation>Escriba la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="585"/>
        <source>Removing “{user}” and replacing the key…</source>
        <translation>Quitando a “{user}” y reemplazando la clave…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="602"/>
        <source>“{user}” was removed and the database key replaced. Their passphrase no longer opens the records here.</source>
        <translation>Se quitó a “{user}” y se reemplazó la clave de la base de datos. Su frase de contraseña ya no abre los registros aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="615"/>
        <source>The recovery key is not correct. Nothing was changed.</source>
        <translation>La clave de recuperación no es correcta. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="621"/>
        <source>Upfront is open in another window or program on this computer. Removing a user needs the store to itself: close Upfront there, then try again. Nothing was changed.</source>
        <translation>Upfront está abierto en otra ventana u otro programa de este equipo. Para quitar un usuario, el almacén no debe estar abierto en ningún otro sitio: cierre Upfront allí y vuelva a intentarlo. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="631"/>
        <source>Some users&apos; passphrases were set by an earlier version of Upfront and have not been used since. Each of them opens Upfront once on this computer; then the user can be removed. Nothing was changed.</source>
        <translation>Las frases de contraseña de algunos usuarios se establecieron con una versión anterior de Upfront y no se han usado desde entonces. Cada uno de ellos debe abrir Upfront una vez en este equipo; después se podrá quitar al usuario. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="669"/>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="674"/>
        <source>The passphrase of “{user}” was changed.</source>
        <translation>Se cambió la frase de contraseña de “{user}”.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="680"/>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>La frase de contraseña actual no es correcta. No se modificó nada.</translation>
    </message>
</context>
<context>
    <name>ViolationChoice</name>
    <message>
        <location filename="../../ui/incident_editor/fields.py" line="48"/>
        <source>Violation {number} (missing)</source>
        <translation>Violación {number} (no encontrada)</translation>
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
        <translation>Varias entradas contienen «{text}»: elija una de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="336"/>
        <source>Nothing in the list matches “{text}”</source>
        <translation>Nada de la lista coincide con «{text}»</translation>
    </message>
</context>
<context>
    <name>VocabHelp</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="250"/>
        <source>{field}: what each entry means</source>
        <translation>{field}: qué significa cada entrada</translation>
    </message>
</context>
<context>
    <name>VocabHelpButton</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="283"/>
        <source>What do these mean?</source>
        <translation>¿Qué significan?</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="284"/>
        <source>{field}: what do these mean?</source>
        <translation>{field}: ¿qué significan?</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Emergency wipe</source>
        <translation>Borrado de emergencia</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>The emergency wipe destroys the key file and deletes the encrypted database in this folder:
{folder}

Every record on this computer becomes unreadable for good, including any copy or backup of the database. Records already sent to HQ are not affected. Unsaved work in open editors is lost. This cannot be undone.

Afterwards Upfront starts again as on a new computer.</source>
        <translation>El borrado de emergencia destruye el archivo de claves y elimina la base de datos cifrada de esta carpeta:
{folder}

Todos los registros de este equipo quedarán ilegibles para siempre, incluida cualquier copia o copia de seguridad de la base de datos. Los registros ya enviados a la Sede no se verán afectados. Se perderá el trabajo no guardado en los editores abiertos. Esta operación no se puede deshacer.

Después, Upfront se iniciará de nuevo como en un equipo nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>To confirm, type {word}:</source>
        <translation>Para confirmar, escriba {word}:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Wipe everything</source>
        <translation>&amp;Borrar todo</translation>
    </message>
</context>
<context>
    <name>_CheckPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="446"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="449"/>
        <source>Every row is checked; nothing is imported yet. A row with an error is never imported.</source>
        <translation>Se comprueban todas las filas; todavía no se importa nada. Una fila con errores nunca se importa.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="454"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <location filename="../../ui/exchange_dialogs.py" line="462"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="458"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="460"/>
        <source>Likely duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="462"/>
        <source>Likely duplicate of</source>
        <translation>Posible duplicado de</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="462"/>
        <source>Title similarity</source>
        <translation>Similitud del título</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="464"/>
        <source>Import likely duplicates too</source>
        <translation>Importar también los posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="466"/>
        <source>Save the errors…</source>
        <translation>Guardar los errores…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="468"/>
        <source>A CSV file of the errors: row, column, field and problem, no cell&apos;s value</source>
        <translation>Un archivo CSV de los errores: fila, columna, campo y problema, sin el valor de ninguna celda</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="471"/>
        <source>Save the mapping…</source>
        <translation>Guardar la correspondencia…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="474"/>
        <source>The columns and the codes chosen for values, in a mapping file for the next import of such a file</source>
        <translation>Las columnas y los códigos elegidos para los valores, en un archivo de correspondencia para la próxima importación de un archivo así</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="516"/>
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Comprobando %n fila…</numerusform>
            <numerusform>Comprobando %n filas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="551"/>
        <source>{rows} rows: {valid} valid, {errors} with errors, %n likely duplicate(s)</source>
        <translation>
            <numerusform>{rows} filas: {valid} válidas, {errors} con errores, %n posible duplicado</numerusform>
            <numerusform>{rows} filas: {valid} válidas, {errors} con errores, %n posibles duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="563"/>
        <source>%n value(s) of the file match no code: Next lists them, to choose the code each stands for.</source>
        <translation>
            <numerusform>%n valor del archivo no corresponde a ningún código: Siguiente lo muestra, para elegir el código al que corresponde.</numerusform>
            <numerusform>%n valores del archivo no corresponden a ningún código: Siguiente los muestra, para elegir el código al que corresponde cada uno.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="577"/>
        <source>The rows could not be checked.</source>
        <translation>No se pudieron comprobar las filas.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="605"/>
        <source>Save the errors</source>
        <translation>Guardar los errores</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="605"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="619"/>
        <source>The errors were not saved.</source>
        <translation>No se guardaron los errores.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="621"/>
        <source>Errors saved in {file}.</source>
        <translation>Errores guardados en {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="627"/>
        <source>Save the mapping</source>
        <translation>Guardar la correspondencia</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="627"/>
        <source>Mappings (*.json)</source>
        <translation>Correspondencias (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="639"/>
        <source>The mapping was not saved.</source>
        <translation>No se guardó la correspondencia.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="641"/>
        <source>Mapping saved in {file}.</source>
        <translation>Correspondencia guardada en {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="647"/>
        <source>incident {ref}</source>
        <translation>incidente {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="649"/>
        <source>row {ref}</source>
        <translation>fila {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="520"/>
        <source>Checking</source>
        <translation>Comprobación</translation>
    </message>
</context>
<context>
    <name>_ChoosePage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="165"/>
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="168"/>
        <source>A spreadsheet (.csv in UTF-8, or .xlsx) or a JSON export of incidents. Nothing is imported before the last step.</source>
        <translation>Una hoja de cálculo (.csv en UTF-8, o .xlsx) o una exportación JSON de incidentes. No se importa nada antes del último paso.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="176"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="179"/>
        <source>Columns named like Upfront&apos;s fields</source>
        <translation>Columnas con los nombres de los campos de Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="180"/>
        <source>KoboToolbox starter</source>
        <translation>Predefinida para KoboToolbox</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="181"/>
        <source>Other mapping file…</source>
        <translation>Otro archivo de correspondencia…</translation>
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
        <translation>Europa occidental, Windows (cp1252)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="189"/>
        <source>Arabic, Windows (cp1256)</source>
        <translation>Árabe, Windows (cp1256)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="190"/>
        <source>Cyrillic, Windows (cp1251)</source>
        <translation>Cirílico, Windows (cp1251)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="191"/>
        <source>Chinese (GB 18030)</source>
        <translation>Chino (GB 18030)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="196"/>
        <source>Found on the header line</source>
        <translation>Detectado en la línea de encabezado</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="197"/>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="198"/>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="199"/>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="174"/>
        <location filename="../../ui/exchange_dialogs.py" line="211"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="212"/>
        <source>Mapping</source>
        <translation>Correspondencia</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="213"/>
        <source>Encoding (CSV)</source>
        <translation>Codificación (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="214"/>
        <source>Separator (CSV)</source>
        <translation>Separador (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="240"/>
        <source>Import incidents</source>
        <translation>Importar incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="241"/>
        <source>Incident files (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>Archivos de incidentes (*.csv *.xlsx *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="250"/>
        <source>Mapping file</source>
        <translation>Archivo de correspondencia</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="250"/>
        <source>Mappings (*.json)</source>
        <translation>Correspondencias (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="291"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="318"/>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
</context>
<context>
    <name>_FieldsDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="80"/>
        <source>{field}: is required.</source>
        <translation>{field}: es obligatorio.</translation>
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
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="757"/>
        <source>The rows are written in one go, and only when you click Import; until then nothing is in the store.</source>
        <translation>Las filas se escriben de una sola vez, y solo cuando haga clic en Importar; hasta entonces, no se guarda nada en el almacén.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="780"/>
        <source>%n row(s) will be imported.</source>
        <translation>
            <numerusform>Se importará %n fila.</numerusform>
            <numerusform>Se importarán %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="782"/>
        <source>%n likely duplicate(s) left out.</source>
        <translation>
            <numerusform>Se omite %n posible duplicado.</numerusform>
            <numerusform>Se omiten %n posibles duplicados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="784"/>
        <source>%n row(s) with errors left out.</source>
        <translation>
            <numerusform>Se omite %n fila con errores.</numerusform>
            <numerusform>Se omiten %n filas con errores.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="786"/>
        <source>No row can be imported.</source>
        <translation>No se puede importar ninguna fila.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="790"/>
        <source>Every valid row is a likely duplicate; tick &quot;Import likely duplicates too&quot; on the previous page to import them.</source>
        <translation>Todas las filas válidas son posibles duplicados; para importarlas, marque «Importar también los posibles duplicados» en la página anterior.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="798"/>
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Importar %n fila</numerusform>
            <numerusform>Importar %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="813"/>
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importando %n fila…</numerusform>
            <numerusform>Importando %n filas…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="837"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="838"/>
        <source>Imported %n incident(s).</source>
        <translation>
            <numerusform>Se importó %n incidente.</numerusform>
            <numerusform>Se importaron %n incidentes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="848"/>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="816"/>
        <source>Importing</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="843"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importación cancelada; no se ha importado nada.</translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="330"/>
        <location filename="../../ui/exchange_dialogs.py" line="342"/>
        <source>Mapping</source>
        <translation>Correspondencia</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="333"/>
        <source>Which field each column of the file fills; choose another in the list to change it. Columns that are not mapped are ignored.</source>
        <translation>El campo que llena cada columna del archivo; elija otro en la lista para cambiarlo. Las columnas sin correspondencia se ignoran.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="341"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="341"/>
        <source>Upfront field</source>
        <translation>Campo de Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="343"/>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="362"/>
        <source>This JSON file holds %n incident record(s). They are read as they are: a mapping does not apply.</source>
        <translation>
            <numerusform>Este archivo JSON contiene %n registro de incidente. Se lee tal cual: no se aplica ninguna correspondencia.</numerusform>
            <numerusform>Este archivo JSON contiene %n registros de incidentes. Se leen tal cual: no se aplica ninguna correspondencia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="373"/>
        <source>Mapping: {mapping}. %n column(s) of the file are read.</source>
        <translation>
            <numerusform>Correspondencia: {mapping}. Se lee %n columna del archivo.</numerusform>
            <numerusform>Correspondencia: {mapping}. Se leen %n columnas del archivo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="381"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="388"/>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="394"/>
        <source>Field of column {column}</source>
        <translation>Campo de la columna {column}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="407"/>
        <source>not mapped, ignored</source>
        <translation>sin correspondencia, se ignora</translation>
    </message>
</context>
<context>
    <name>_ResolvePage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="663"/>
        <location filename="../../ui/exchange_dialogs.py" line="675"/>
        <source>Values that match no code</source>
        <translation>Valores que no corresponden a ningún código</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="666"/>
        <source>These values of the file are not in Upfront&apos;s lists. Choose what each one stands for, and the rows are checked again; a value left as it is keeps its rows out of the import.</source>
        <translation>Estos valores del archivo no figuran en las listas de Upfront. Elija a qué corresponde cada uno y las filas se comprueban de nuevo; un valor que se deja como está deja sus filas fuera de la importación.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Value in the file</source>
        <translation>Valor en el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Cells</source>
        <translation>Celdas</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="691"/>
        <source>(leave as it is)</source>
        <translation>(dejar como está)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="698"/>
        <source>Code for {value} ({field})</source>
        <translation>Código para {value} ({field})</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="728"/>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="728"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <location filename="../../ui/saving_dialog.py" line="70"/>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
</context>
<context>
    <name>describe_error</name>
    <message>
        <location filename="../../ui/failures.py" line="41"/>
        <source>The passphrase is not correct. Nothing was changed.</source>
        <translation>La frase de contraseña no es correcta. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="45"/>
        <source>The key file of this store cannot be read, so the records cannot be opened. Nothing was changed.</source>
        <translation>No se puede leer el archivo de claves de este almacén, por lo que no se pueden abrir los registros. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="51"/>
        <source>The database does not match this store&apos;s key file: it may be damaged or belong to another installation. Nothing was changed.</source>
        <translation>La base de datos no corresponde al archivo de claves de este almacén: es posible que esté dañada o que pertenezca a otra instalación. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="57"/>
        <source>These records were saved by a newer version of Upfront. Install that version or a newer one to open them. Nothing was changed.</source>
        <translation>Estos registros se guardaron con una versión más reciente de Upfront. Instale esa versión u otra posterior para abrirlos. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="63"/>
        <source>There is no Upfront store in this folder.</source>
        <translation>No hay ningún almacén de Upfront en esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="67"/>
        <source>A store already exists in this folder. Start Upfront again to unlock it.</source>
        <translation>Ya existe un almacén en esta carpeta. Vuelva a iniciar Upfront para desbloquearlo.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="72"/>
        <source>The store stays locked.</source>
        <translation>El almacén sigue bloqueado.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="76"/>
        <source>Upfront could not read or write a file.</source>
        <translation>Upfront no pudo leer o escribir un archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="84"/>
        <source>Something unexpected went wrong. Please tell your IT focal point what you were doing.</source>
        <translation>Se produjo un error inesperado. Indique a su punto focal de informática qué estaba haciendo.</translation>
    </message>
</context>
<context>
    <name>name_problem</name>
    <message>
        <location filename="../../ui/passphrase.py" line="60"/>
        <source>Enter your name.</source>
        <translation>Introduzca su nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="63"/>
        <source>Use at most {maximum} printable characters.</source>
        <translation>Use como máximo {maximum} caracteres imprimibles.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="69"/>
        <source>“recovery” is reserved for the recovery key.</source>
        <translation>«recovery» está reservado para la clave de recuperación.</translation>
    </message>
</context>
</TS>
