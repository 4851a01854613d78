<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh">
<context>
    <name>AcknowledgementDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="514"/>
        <source>Acknowledgement of the guidance</source>
        <translation>对指导意见的确认</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="517"/>
        <source>Acknowledged by (the RC)</source>
        <translation>确认人（驻地协调员）</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="518"/>
        <source>Acknowledged on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="519"/>
        <source>Recorded on the RC&apos;s behalf</source>
        <translation>代表驻地协调员记录</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="520"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="524"/>
        <source>Version {n}: {title}</source>
        <translation>第 {n} 版：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="533"/>
        <source>the Resident Coordinator&apos;s name</source>
        <translation>驻地协调员的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="541"/>
        <source>Leave ticked when you record it for the RC; untick only on the RC office&apos;s own device.</source>
        <translation>代驻地协调员记录时保持勾选；仅在驻地协调员办公室自己的设备上取消勾选。</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="549"/>
        <source>Guidance</source>
        <translation>指导意见</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="324"/>
        <source>Strategy action</source>
        <translation>战略行动</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="337"/>
        <source>— none</source>
        <translation>— 无</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="342"/>
        <location filename="../../ui/situation_dialogs.py" line="359"/>
        <source>Partner UN entities</source>
        <translation>联合国伙伴实体</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="346"/>
        <location filename="../../ui/situation_dialogs.py" line="360"/>
        <source>Risk factors addressed</source>
        <translation>所应对的风险因素</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="351"/>
        <location filename="../../ui/situation_dialogs.py" line="361"/>
        <source>Incidents addressed</source>
        <translation>所应对的事件</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="354"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="355"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="356"/>
        <source>Pillar</source>
        <translation>支柱</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="357"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="358"/>
        <source>Lead UN entity</source>
        <translation>牵头的联合国实体</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="362"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="332"/>
        <location filename="../../ui/situation_dialogs.py" line="363"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="364"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="365"/>
        <source>Indicators (one a line)</source>
        <translation>指标（每行一个）</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/gui.py" line="188"/>
        <source>Erased on HQ&apos;s order</source>
        <translation>已按总部指令擦除</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="190"/>
        <source>HQ revoked this device and ordered it erased. Everything Upfront held on this computer was wiped, as the emergency wipe does.</source>
        <translation>总部已吊销此设备并下令将其擦除。Upfront 在这台计算机上保存的所有内容均已擦除，与紧急擦除相同。</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="205"/>
        <source>Emergency wipe</source>
        <translation>紧急擦除</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="206"/>
        <source>The emergency wipe did not finish. Try again, or delete the data folder.</source>
        <translation>紧急擦除未完成。请重试，或删除数据文件夹。</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../ui/review_page.py" line="83"/>
        <source>Approve “{title}”</source>
        <translation>批准“{title}”</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="91"/>
        <source>(not assessed)</source>
        <translation>（未评估）</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="95"/>
        <source>Optional: what the review found</source>
        <translation>可选：审查的结论</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="100"/>
        <source>&amp;Verification standard</source>
        <translation>核实标准(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="101"/>
        <source>&amp;Credibility</source>
        <translation>可信度(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="102"/>
        <source>C&amp;omment</source>
        <translation>意见(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="107"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="114"/>
        <source>Approving makes the record reviewed, with you as its reviewer and today as the date of verification.</source>
        <translation>批准后，该记录即为已审查，您为审查人，今天为核实日期。</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="128"/>
        <source>Verification standard: choose one in the list</source>
        <translation>核实标准：请从列表中选择</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="134"/>
        <source>Comment: at most {n} characters</source>
        <translation>意见：最多 {n} 个字符</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="123"/>
        <source>New risk assessment</source>
        <translation>新建风险评估</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Risk factor</source>
        <translation>风险因素</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="131"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="150"/>
        <source>— not assessed</source>
        <translation>— 未评估</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="127"/>
        <location filename="../../ui/situation_dialogs.py" line="206"/>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="57"/>
        <source>Indicators:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="133"/>
        <source>Risk factors</source>
        <translation>风险因素</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="153"/>
        <source>Level: {factor}</source>
        <translation>级别：{factor}</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="157"/>
        <source>— from the last assessment</source>
        <translation>— 依据上次评估</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="160"/>
        <source>Trend: {factor}</source>
        <translation>趋势：{factor}</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="166"/>
        <source>Rationale: {factor}</source>
        <translation>理由：{factor}</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="177"/>
        <source>Evidence for the risk factor</source>
        <translation>该风险因素的证据</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="186"/>
        <source>Evidence: incidents</source>
        <translation>证据：事件</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="197"/>
        <source>Evidence: humanitarian series</source>
        <translation>证据：人道主义数据序列</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="207"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="209"/>
        <source>Evidence for</source>
        <translation>证据所属因素</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="210"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="211"/>
        <source>Humanitarian series</source>
        <translation>人道主义数据序列</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="232"/>
        <source>{measure} in {place} ({dataset})</source>
        <translation>{place} 的 {measure}（{dataset}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/situation_dialogs.py" line="277"/>
        <source>{factor} (%n incident(s))</source>
        <translation>
            <numerusform>{factor}（%n 起事件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/review_page.py" line="198"/>
        <source>Assign to a reviewer</source>
        <translation>分派给审查人</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="202"/>
        <source>(no one: any reviewer)</source>
        <translation>（无：任何审查人）</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="210"/>
        <source>&amp;Reviewer</source>
        <translation>审查人(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="213"/>
        <source>A reviewer on another laptop of the team: type their user name.</source>
        <translation>团队另一台笔记本上的审查人：请输入其用户名。</translation>
    </message>
</context>
<context>
    <name>AudienceCombo</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="396"/>
        <source>Internal: the country team</source>
        <translation>内部：国家工作队</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="397"/>
        <source>United Nations system</source>
        <translation>联合国系统</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="398"/>
        <source>Trusted partners</source>
        <translation>可信赖的合作伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="399"/>
        <source>Public</source>
        <translation>公开</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <location filename="../../ui/briefing_panel.py" line="81"/>
        <location filename="../../ui/briefing_panel.py" line="120"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="82"/>
        <location filename="../../ui/briefing_panel.py" line="121"/>
        <source>To</source>
        <translation>改为</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="84"/>
        <location filename="../../ui/briefing_panel.py" line="170"/>
        <source>Briefing template</source>
        <translation>通报模板</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="86"/>
        <source>Security Council horizon scanning</source>
        <translation>安全理事会前瞻通报</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="87"/>
        <source>Deputy Secretary-General briefing Member States</source>
        <translation>常务副秘书长向会员国通报</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="88"/>
        <source>Article 99</source>
        <translation>第九十九条</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="92"/>
        <source>A template of my own…</source>
        <translation>我自己的模板…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="96"/>
        <location filename="../../ui/briefing_panel.py" line="123"/>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="98"/>
        <location filename="../../ui/briefing_panel.py" line="124"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="103"/>
        <source>Standard of proof</source>
        <translation>证明标准</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="109"/>
        <source>Situations of concern in the briefing</source>
        <translation>通报中的关注局势</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="110"/>
        <source>Countries of the briefing</source>
        <translation>通报所涉国家</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="112"/>
        <source>What the UN asks of Member States</source>
        <translation>联合国对会员国的请求</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="114"/>
        <source>In your words: what the UN asks of Member States, printed as written</source>
        <translation>用您自己的话写明联合国对会员国的请求，按原文打印</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="122"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="125"/>
        <source>Figures at</source>
        <translation>数字所依标准</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="126"/>
        <source>Situations</source>
        <translation>局势</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="127"/>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="128"/>
        <source>Asks</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="129"/>
        <source>Save briefing as PDF…</source>
        <translation>将通报另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="136"/>
        <source>None ticked: every situation of the countries ticked, or of every country, whose dates meet the period. What the audience may read is decided before the briefing is drawn, by the rules of reports.</source>
        <translation>未勾选任何项：所勾选国家（或所有国家）中日期与该期间相交的所有局势。受众可阅读的内容在绘制通报之前按报告规则决定。</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="170"/>
        <source>Templates (*.json)</source>
        <translation>模板 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="199"/>
        <source>Save briefing</source>
        <translation>保存通报</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="199"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="216"/>
        <source>Gathering the briefing…</source>
        <translation>正在汇集通报…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="229"/>
        <source>{situations} situation(s), SHA-256 {digest}</source>
        <translation>{situations} 个局势，SHA-256 {digest}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="245"/>
        <source>Saving the briefing</source>
        <translation>正在保存通报</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="249"/>
        <source>The briefing could not be saved.</source>
        <translation>无法保存通报。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/briefing_panel.py" line="253"/>
        <source>Saved %n page(s).</source>
        <translation>
            <numerusform>已保存 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/briefing_panel.py" line="267"/>
        <source>The briefing could not be made.</source>
        <translation>无法生成通报。</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="104"/>
        <source>Change selected incidents</source>
        <translation>更改所选事件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_dialog.py" line="107"/>
        <source>Change the %n selected incident(s) at once.</source>
        <translation>
            <numerusform>一次更改所选的 %n 起事件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="111"/>
        <source>What to change</source>
        <translation>要更改的内容</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="112"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="113"/>
        <source>Confidentiality</source>
        <translation>保密级别</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="114"/>
        <source>Verification</source>
        <translation>核实</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="116"/>
        <source>Add to a situation</source>
        <translation>加入一个局势</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="118"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="124"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="125"/>
        <location filename="../../ui/bulk_dialog.py" line="133"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="134"/>
        <source>To</source>
        <translation>改为</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="162"/>
        <source>Counting what the change does…</source>
        <translation>正在统计此更改的影响…</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="183"/>
        <source>Nothing was changed.</source>
        <translation>未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="186"/>
        <source>Changing the incidents…</source>
        <translation>正在更改事件…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_dialog.py" line="199"/>
        <source>Changed %n incident(s); {unchanged} already had that value.</source>
        <translation>
            <numerusform>已更改 %n 起事件；{unchanged} 起原本就是该值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="211"/>
        <source>Nothing was changed: {reason}</source>
        <translation>未作任何更改：{reason}</translation>
    </message>
</context>
<context>
    <name>CitedIncidents</name>
    <message>
        <location filename="../../ui/incident_picker.py" line="228"/>
        <source>Add incidents…</source>
        <translation>添加事件…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="229"/>
        <source>Add incidents: {list}</source>
        <translation>添加事件：{list}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="231"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="232"/>
        <source>Remove from {list}</source>
        <translation>从中移除：{list}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="263"/>
        <source>The incidents could not be named.</source>
        <translation>无法显示这些事件的名称。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="273"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="276"/>
        <source>(not on this device) {id}</source>
        <translation>（不在本设备上）{id}</translation>
    </message>
</context>
<context>
    <name>ConfirmWideningDialog</name>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="39"/>
        <source>Let more people read these records?</source>
        <translation>要让更多人读取这些记录吗？</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="41"/>
        <source>the country team</source>
        <translation>国家工作队</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="42"/>
        <source>the United Nations system</source>
        <translation>联合国系统</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="43"/>
        <source>trusted partners</source>
        <translation>可信合作伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="44"/>
        <source>the public</source>
        <translation>公众</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="49"/>
        <source>This change applies to {selected} selected incident(s). It lets {audience} read {count} of them, which they cannot read now.</source>
        <translation>此更改适用于所选的 {selected} 起事件。它将使{audience}能够读取其中目前无法读取的 {count} 起。</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="59"/>
        <source>{count} of them have no summary cleared for partners and the public: their narrative is never released; outside the UN they are counted, without an account, until a second user clears a summary.</source>
        <translation>其中 {count} 起没有经批准供合作伙伴和公众阅读的摘要：其叙述绝不会公开；在联合国以外，这些事件只计入数字而不附叙述，直到另一名用户批准摘要。</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="67"/>
        <source>What the change does</source>
        <translation>此更改的作用</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="70"/>
        <source>Let {audience} read them</source>
        <translation>允许{audience}读取</translation>
    </message>
</context>
<context>
    <name>CoordinationPanel</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="112"/>
        <source>Task force…</source>
        <translation>工作队…</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="113"/>
        <source>Edit the task force</source>
        <translation>编辑工作队</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="117"/>
        <source>Versions of the consolidated guidance</source>
        <translation>综合指导意见的各版本</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="119"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="120"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="121"/>
        <source>Issued on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="122"/>
        <source>Issued by</source>
        <translation>发布者</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="123"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="124"/>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="125"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="133"/>
        <source>Text of the guidance version</source>
        <translation>该版指导意见的正文</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="134"/>
        <source>Issue new version…</source>
        <translation>发布新版本…</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="136"/>
        <source>Record acknowledgement…</source>
        <translation>记录确认…</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="142"/>
        <source>&lt;b&gt;Inter-agency task force&lt;/b&gt;</source>
        <translation>&lt;b&gt;机构间工作队&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="146"/>
        <source>&lt;b&gt;Consolidated guidance to the RC/HC&lt;/b&gt;</source>
        <translation>&lt;b&gt;致驻地协调员/人道主义协调员的综合指导意见&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="191"/>
        <source>The task force and guidance could not be loaded.</source>
        <translation>无法加载工作队和指导意见。</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="212"/>
        <source>Yes, on {date}</source>
        <translation>是，{date}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="214"/>
        <source>Not yet</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="237"/>
        <source>{user}, on behalf of {rc}</source>
        <translation>{user}，代表 {rc}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="242"/>
        <source>{user}, on the RC office&apos;s own device</source>
        <translation>{user}，在驻地协调员办公室自己的设备上</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="247"/>
        <source>No task force yet. Set one up with Task force….</source>
        <translation>尚无工作队。请用“工作队…”设立。</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="252"/>
        <source>{name} (since {date})</source>
        <translation>{name}（自 {date} 起）</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="255"/>
        <source>Members: {members}</source>
        <translation>成员：{members}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="259"/>
        <source>, appointed on {date}</source>
        <translation>，任命日期 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="265"/>
        <source>Situation Response Coordinator: {name} ({entity}){appointed}</source>
        <translation>局势应对协调员：{name}（{entity}）{appointed}</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="272"/>
        <source>No Situation Response Coordinator appointed.</source>
        <translation>尚未任命局势应对协调员。</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="294"/>
        <source>Acknowledged by {rc} on {date}; recorded by {who}.</source>
        <translation>{rc} 于 {date} 确认；记录人：{who}。</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="300"/>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets.py" line="330"/>
        <source>YYYY-MM-DD (none)</source>
        <translation>YYYY-MM-DD（无）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="330"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="337"/>
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="338"/>
        <source>{field}: pick in a calendar</source>
        <translation>{field}：在日历中选择</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="342"/>
        <source>{field}: calendar</source>
        <translation>{field}：日历</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="411"/>
        <source>{field}: a date is needed.</source>
        <translation>{field}：需要填写日期。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="417"/>
        <source>{field}: “{text}” is not a date. Write it as YYYY-MM-DD, or pick it in the calendar.</source>
        <translation>{field}：“{text}”不是日期。请按 YYYY-MM-DD 填写，或在日历中选择。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="425"/>
        <source>{field}: {date} is after {latest}.</source>
        <translation>{field}：{date} 晚于 {latest}。</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="100"/>
        <location filename="../../ui/review_dialog.py" line="119"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="108"/>
        <location filename="../../ui/review_dialog.py" line="120"/>
        <source>UN entity</source>
        <translation>联合国实体</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="110"/>
        <location filename="../../ui/review_dialog.py" line="122"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="111"/>
        <source>Make it a strategy action</source>
        <translation>将其列为战略行动</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="112"/>
        <location filename="../../ui/review_dialog.py" line="124"/>
        <source>Pillar</source>
        <translation>支柱</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="113"/>
        <location filename="../../ui/review_dialog.py" line="125"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="114"/>
        <location filename="../../ui/review_dialog.py" line="126"/>
        <source>Lead UN entity</source>
        <translation>牵头的联合国实体</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="118"/>
        <source>Situation</source>
        <translation>局势</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="121"/>
        <source>Person</source>
        <translation>负责人员</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="167"/>
        <source>Situation: choose the situation the decision is for.</source>
        <translation>局势：请选择该决定所涉的局势。</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="170"/>
        <source>Decision: say what was decided.</source>
        <translation>决定：请说明决定了什么。</translation>
    </message>
</context>
<context>
    <name>DecisionStatusDialog</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="187"/>
        <source>Decision status</source>
        <translation>决定状态</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="199"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="200"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="201"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="211"/>
        <source>Why: done, blocked or dropped needs a reason.</source>
        <translation>原因：已完成、受阻或放弃的决定须说明原因。</translation>
    </message>
</context>
<context>
    <name>DraftsBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Reopen drafts</source>
        <translation>重新打开草稿(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Not now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Upfront kept %n unsaved draft(s) from an earlier session (for example after a crash or a lock). Reopen them to continue where you stopped.</source>
        <translation>
            <numerusform>Upfront 保留了之前会话中 %n 份未保存的草稿（例如因程序崩溃或锁定而留下）。重新打开这些草稿，即可从中断处继续。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../ui/engagement_panel.py" line="238"/>
        <location filename="../../ui/engagement_panel.py" line="268"/>
        <source>Engagement</source>
        <translation>接触</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="238"/>
        <source>New engagement</source>
        <translation>新的接触</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="242"/>
        <location filename="../../ui/engagement_panel.py" line="259"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="247"/>
        <source>who from the UN engaged</source>
        <translation>联合国方面由谁出面</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="249"/>
        <source>the authority, mission or body met</source>
        <translation>所会见的当局、代表团或机构</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="254"/>
        <location filename="../../ui/engagement_panel.py" line="266"/>
        <source>Follow-up due</source>
        <translation>跟进截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="260"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="261"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="262"/>
        <source>UN by</source>
        <translation>联合国出面人</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="263"/>
        <source>With whom</source>
        <translation>接触对象</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="264"/>
        <source>What was asked</source>
        <translation>提出的要求</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="265"/>
        <source>What was answered</source>
        <translation>得到的答复</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="267"/>
        <source>Confidentiality</source>
        <translation>保密级别</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="310"/>
        <source>{field}: is required.</source>
        <translation>{field}：必填。</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="329"/>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
</context>
<context>
    <name>EngagementPanel</name>
    <message>
        <location filename="../../ui/engagement_panel.py" line="66"/>
        <source>Engagement log</source>
        <translation>接触记录</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="68"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="69"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="70"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="71"/>
        <source>UN by</source>
        <translation>联合国出面人</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="72"/>
        <source>With whom</source>
        <translation>接触对象</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="73"/>
        <source>Follow-up due</source>
        <translation>跟进截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="74"/>
        <source>Confidentiality</source>
        <translation>保密级别</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="88"/>
        <source>Add engagement…</source>
        <translation>添加接触…</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="90"/>
        <source>Edit engagement…</source>
        <translation>编辑接触…</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="135"/>
        <source>The engagement log could not be loaded.</source>
        <translation>无法加载接触记录。</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="146"/>
        <source>No engagement recorded yet. Add one with Add engagement….</source>
        <translation>尚无接触记录。请用“添加接触…”添加。</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="155"/>
        <source>{date} — overdue</source>
        <translation>{date} — 已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/engagement_panel.py" line="193"/>
        <source>Asked: {asked}
Answered: {answered}</source>
        <translation>要求：{asked}
答复：{answered}</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="89"/>
        <source>Enrol with HQ</source>
        <translation>向总部注册</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="115"/>
        <source>The address HQ gave you, beginning with https://</source>
        <translation>总部提供的地址，以 https:// 开头</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="116"/>
        <source>Used once: HQ gives each device its own.</source>
        <translation>只能使用一次：总部为每台设备单独提供。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="118"/>
        <source>64 letters and digits (0–9, A–F), as HQ gave them: spaces or colons are fine.</source>
        <translation>64 个字母和数字（0–9、A–F），按总部提供的原样输入：可以包含空格或冒号。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="120"/>
        <source>How HQ will call this computer.</source>
        <translation>总部对这台计算机的称呼。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="126"/>
        <source>HQ &amp;address</source>
        <translation>总部地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="129"/>
        <source>&amp;Token</source>
        <translation>令牌(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="133"/>
        <source>CA &amp;fingerprint</source>
        <translation>CA 指纹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="137"/>
        <source>Device &amp;name</source>
        <translation>设备名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="142"/>
        <location filename="../../ui/enrol_dialog.py" line="433"/>
        <source>Fingerprint of HQ&apos;s CA at this address</source>
        <translation>此地址上总部 CA 的指纹</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="150"/>
        <source>Fingerprint of HQ&apos;s CA</source>
        <translation>总部 CA 的指纹</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="152"/>
        <source>&amp;Show HQ&apos;s fingerprint</source>
        <translation>显示总部的指纹(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="163"/>
        <source>&amp;Enrol</source>
        <translation>注册(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="170"/>
        <source>Enrol this device with HQ</source>
        <translation>将本设备注册到总部</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="174"/>
        <source>Once enrolled, this device sends its records to HQ and receives those of its team. Type what HQ gave you exactly.</source>
        <translation>注册后，本设备会把记录发送到总部，并接收其团队的记录。请准确输入总部提供的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="197"/>
        <source>HQ address: is empty. Type the address HQ gave you.</source>
        <translation>总部地址：为空。请输入总部提供的地址。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="202"/>
        <source>HQ address: the port after the colon is not a number.</source>
        <translation>总部地址：冒号后的端口不是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="205"/>
        <location filename="../../ui/enrol_dialog.py" line="393"/>
        <source>HQ address: must begin with https:// followed by HQ&apos;s name, as HQ gave it.</source>
        <translation>总部地址：必须以 https:// 开头，后接总部提供的名称。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="215"/>
        <location filename="../../ui/enrol_dialog.py" line="395"/>
        <source>Token: is empty. Type the token HQ gave you.</source>
        <translation>令牌：为空。请输入总部提供的令牌。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="219"/>
        <source>CA fingerprint: is empty. Type the fingerprint HQ gave you.</source>
        <translation>CA 指纹：为空。请输入总部提供的指纹。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="224"/>
        <source>CA fingerprint: must have 64 letters and digits (0–9, A–F); {count} typed. Check it against what HQ gave you.</source>
        <translation>CA 指纹：必须是 64 个字母和数字（0–9、A–F）；已输入 {count} 个。请与总部提供的内容核对。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="230"/>
        <source>Device name: is empty. Type a name HQ will know it by.</source>
        <translation>设备名称：为空。请输入总部用来识别它的名称。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="264"/>
        <source>Asking HQ for its fingerprint…</source>
        <translation>正在向总部获取指纹…</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="284"/>
        <source>Not enrolled: correct the fields marked above.</source>
        <translation>未注册：请更正上面标出的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="288"/>
        <source>Enrolling with HQ…</source>
        <translation>正在向总部注册…</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="307"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="313"/>
        <source>Enrolled. HQ registered this device for an analyst ({entity}), for: {scope}. It reads records meant for: {audience}.</source>
        <translation>已注册。总部已将本设备登记给一名分析员（{entity}），范围：{scope}。它可读取面向以下对象的记录：{audience}。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="318"/>
        <source>Enrolled. HQ registered this device for team {team} ({entity}). It reads records meant for: {audience}.</source>
        <translation>已注册。总部已将本设备登记给团队 {team}（{entity}）。它可读取面向以下对象的记录：{audience}。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="340"/>
        <source>Not enrolled.</source>
        <translation>未注册。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="346"/>
        <source>This is a sample store of fictitious records: it cannot enrol with HQ, and nothing was sent. Open your real store to enrol this device.</source>
        <translation>这是包含虚构记录的示例存储：它不能向总部注册，也没有发送任何内容。请打开您的真实存储来注册本设备。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="358"/>
        <location filename="../../ui/enrol_dialog.py" line="361"/>
        <source>Not enrolled: nothing was stored on this device.</source>
        <translation>未注册：本设备上未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="367"/>
        <source>CA fingerprint: HQ&apos;s CA at this address has another fingerprint, shown below. Read it to HQ by phone. If HQ does not confirm it, do not enrol: the network may not be reaching the real HQ.</source>
        <translation>CA 指纹：此地址上总部 CA 的指纹与此不同，见下方。请通过电话读给总部核对。如果总部不确认，请不要注册：网络可能没有连到真正的总部。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="372"/>
        <source>Token: HQ does not know this token. Check it for typing mistakes.</source>
        <translation>令牌：总部不认识此令牌。请检查是否有输入错误。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="374"/>
        <source>Token: HQ says it was already used. Ask HQ for a new one.</source>
        <translation>令牌：总部表示它已被使用。请向总部索取新的令牌。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="375"/>
        <source>Token: HQ says it has expired. Ask HQ for a new one.</source>
        <translation>令牌：总部表示它已过期。请向总部索取新的令牌。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="377"/>
        <source>HQ address: HQ could not be reached there. Check the address and that this computer is online, then try again.</source>
        <translation>总部地址：无法在该地址连接到总部。请检查地址以及本计算机是否联网，然后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="381"/>
        <source>HQ address: no secure connection could be made with HQ there. Check the address with HQ.</source>
        <translation>总部地址：无法在该地址与总部建立安全连接。请与总部核对地址。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="385"/>
        <source>HQ address: the address answers, but not as Upfront HQ. Check it with HQ.</source>
        <translation>总部地址：该地址有响应，但不是 Upfront 总部。请与总部核对。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="397"/>
        <source>CA fingerprint: must have 64 letters and digits (0–9, A–F). Check it against what HQ gave you.</source>
        <translation>CA 指纹：必须是 64 个字母和数字（0–9、A–F）。请与总部提供的内容核对。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="403"/>
        <source>HQ refused to enrol this device. Tell HQ what you typed and when.</source>
        <translation>总部拒绝注册本设备。请告诉总部您输入了什么以及时间。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="417"/>
        <source>Press Show HQ&apos;s fingerprint to see the fingerprint of the CA at this address, and read it to HQ by phone before you enrol.</source>
        <translation>请按“显示总部的指纹”查看此地址上 CA 的指纹，并在注册前通过电话读给总部核对。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="425"/>
        <source>Fingerprint of HQ&apos;s CA, now trusted</source>
        <translation>总部 CA 的指纹，现已受信任</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="428"/>
        <source>This device now trusts only the HQ with this CA. HQ can confirm it by phone, group by group.</source>
        <translation>本设备现在只信任拥有此 CA 的总部。总部可以通过电话逐组确认。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="443"/>
        <source>Read these groups to HQ by phone. Enrol only if HQ confirms every one of them.</source>
        <translation>请通过电话把这些分组读给总部。只有总部确认每一组后才注册。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="448"/>
        <source>It is the fingerprint you typed.</source>
        <translation>它与您输入的指纹一致。</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="451"/>
        <source>It is NOT the fingerprint you typed: do not enrol before HQ confirms.</source>
        <translation>它与您输入的指纹不一致：在总部确认前请勿注册。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1090"/>
        <source>What the export leaves out</source>
        <translation>导出未纳入的内容</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1278"/>
        <source>What the export leaves out could not be counted.</source>
        <translation>无法统计导出未纳入的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1288"/>
        <source>Of the {total} incident(s) recorded for this period and scope, {included} go into this export.</source>
        <translation>在本期间和范围内记录的 {total} 起事件中，本次导出纳入 {included} 起。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1296"/>
        <source>No incident of this period and scope is left out.</source>
        <translation>本期间和范围内的事件均未被排除。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1299"/>
        <source>Left out as drafts, not yet submitted for review: {count}.</source>
        <translation>因属尚未提交审核的草稿而未纳入：{count}。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1301"/>
        <source>Left out as more confidential than this audience: {count}.</source>
        <translation>因保密级别高于该受众而未纳入：{count}。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1304"/>
        <source>Left out as found false or rejected: {count}.</source>
        <translation>因被认定为虚假或被驳回而未纳入：{count}。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1078"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1079"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1053"/>
        <location filename="../../ui/exchange_dialogs.py" line="1218"/>
        <source>Export incidents</source>
        <translation>导出事件</translation>
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
        <translation>每起事件一行</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1065"/>
        <source>One row per act of violation</source>
        <translation>每次侵权行为一行</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1066"/>
        <source>Counts per week, region and violation type</source>
        <translation>按周、地区和侵权类型的计数</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1075"/>
        <source>Limit to dates</source>
        <translation>限定日期范围</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1083"/>
        <source>First day</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1084"/>
        <source>Last day</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1085"/>
        <source>(any country)</source>
        <translation>（任何国家）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1103"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1121"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1125"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1126"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1127"/>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1129"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1130"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="1135"/>
        <source>Only the %n incident(s) selected in the list.</source>
        <translation>
            <numerusform>仅限列表中所选的 %n 起事件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1168"/>
        <source>Leaves nothing out: every record, drafts included, with every name and place. For the country team only.</source>
        <translation>不做任何删减：包括草稿在内的所有记录，以及所有姓名和地点。仅供国家工作队使用。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1172"/>
        <source>Leaves out records marked internal, drafts and records found false; the names of protected people, of people whose consent does not reach the UN, of sources, perpetrators and staff.</source>
        <translation>不包括标为内部的记录、草稿和被认定为虚假的记录；隐去受保护人员的姓名、同意范围未涵盖联合国的人员的姓名，以及来源、施害者和工作人员的姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1177"/>
        <source>Counts only, never a row per record: acts of violation per week, region and type, from records cleared for partners (no drafts, no records found false); counts under the report threshold are hidden.</source>
        <translation>仅计数，绝不按记录逐行：按周、地区和类型统计的侵权行为，来自允许向伙伴提供的记录（不含草稿和被认定为不实的记录）；低于报告阈值的计数予以隐藏。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1183"/>
        <source>Counts only, never a row per record: acts of violation per week, region and type, from records marked public (no drafts, no records found false); counts under the report threshold are hidden.</source>
        <translation>仅计数，绝不按记录逐行：按周、地区和类型统计的侵权行为，来自标记为公开的记录（不含草稿和被认定为不实的记录）；低于报告阈值的计数予以隐藏。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1210"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1211"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
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
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="1331"/>
        <source>Exported %n incident(s) (SHA-256 {digest}).</source>
        <translation>
            <numerusform>已导出 %n 起事件（SHA-256 {digest}）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1341"/>
        <source>The export could not be written.</source>
        <translation>无法写入导出文件。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1239"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1326"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="91"/>
        <source>Set up Upfront</source>
        <translation>设置 Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="105"/>
        <source>The name colleagues know you by</source>
        <translation>同事们对您的称呼</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="122"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="124"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="127"/>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="127"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入密码短语(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="130"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="131"/>
        <source>Create store</source>
        <translation>创建存储库</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="135"/>
        <source>Use an &amp;existing data folder…</source>
        <translation>使用现有数据文件夹(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="139"/>
        <source>Open records that are already kept in a folder on this computer or a shared drive, instead of creating new ones.</source>
        <translation>打开已保存在本计算机或共享驱动器上某个文件夹中的记录，而不是创建新记录。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="145"/>
        <source>&amp;Look around with sample data</source>
        <translation>使用示例数据浏览(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="149"/>
        <source>Open a separate store of fictitious incidents, situations and a strategy, to see every page at work. It is kept apart from your own records and can never be sent to HQ.</source>
        <translation>打开一个独立的存储库，其中包含虚构的事件、局势和一项战略，以查看每个页面的运作。它与您自己的记录分开保存，永远不能发送到总部。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="166"/>
        <source>Set up Upfront on this computer</source>
        <translation>在本计算机上设置 Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="168"/>
        <source>Your records are kept on this computer, encrypted. Choose the name that will appear in the history of your records, and a passphrase: you will enter it each time you open Upfront.</source>
        <translation>您的记录以加密方式保存在本计算机上。请选择将显示在记录历史中的姓名，并设置一个密码短语：每次打开 Upfront 时都需要输入该密码短语。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="204"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="210"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="214"/>
        <source>Printing arrives with the reports work. Until then, copy the key into a safe place or write it down.</source>
        <translation>打印功能将随报告功能一同推出。在此之前，请将密钥复制到安全的地方或抄写下来。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="218"/>
        <source>I have &amp;stored the recovery key safely</source>
        <translation>我已妥善保存恢复密钥(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="219"/>
        <source>C&amp;ontinue</source>
        <translation>继续(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="235"/>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="237"/>
        <source>If you forget your passphrase, this key is the only way to open your records. It is shown only this once. Print it or write it down, and keep it somewhere safe away from this computer: anyone who has both can read the records.</source>
        <translation>如果您忘记了密码短语，此密钥是打开记录的唯一途径。它仅显示这一次。请将其打印或抄写下来，并存放在远离本计算机的安全地方：同时拥有此密钥和本计算机的任何人都能读取这些记录。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="303"/>
        <source>Creating the encrypted store…</source>
        <translation>正在创建加密存储库…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="339"/>
        <source>Choose the existing data folder</source>
        <translation>选择现有数据文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="351"/>
        <source>Looking for a store in that folder…</source>
        <translation>正在该文件夹中查找存储库…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="364"/>
        <source>There is no Upfront store in this folder. Choose the folder that holds keys.json:
{folder}</source>
        <translation>此文件夹中没有 Upfront 存储库。请选择包含 keys.json 的文件夹：
{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="390"/>
        <source>Making the sample store…</source>
        <translation>正在创建示例存储库…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="418"/>
        <source>Store</source>
        <translation>存储库</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="419"/>
        <source>Created by</source>
        <translation>创建者</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="420"/>
        <source>Created on</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="427"/>
        <source>Upfront recovery key</source>
        <translation>Upfront 恢复密钥</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="436"/>
        <source>This key opens the encrypted Upfront records on one computer if the passphrase is forgotten. Keep this sheet locked away, separate from the computer. Do not photograph it or send it by e-mail or messenger.</source>
        <translation>如果忘记了密码短语，可使用此密钥在一台计算机上打开加密的 Upfront 记录。请将本页锁好保管，与计算机分开存放。切勿拍照，也不要通过电子邮件或即时通讯工具发送。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="455"/>
        <source>Print the recovery key</source>
        <translation>打印恢复密钥</translation>
    </message>
</context>
<context>
    <name>GuidanceDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="448"/>
        <source>Consolidated guidance, version {n}</source>
        <translation>综合指导意见，第 {n} 版</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="451"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="452"/>
        <source>Guidance</source>
        <translation>指导意见</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="453"/>
        <source>Issued on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="454"/>
        <source>Issued by</source>
        <translation>发布者</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="455"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="459"/>
        <source>A new version, begun from the latest: change what changed. Earlier versions stay as they were issued.</source>
        <translation>新版本以最新一版为基础：只修改有变化之处。以前的版本保持发布时的原样。</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="463"/>
        <source>The first version of the guidance to the RC/HC.</source>
        <translation>致驻地协调员/人道主义协调员指导意见的第一版。</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="472"/>
        <source>the office or official issuing it</source>
        <translation>发布的办公室或官员</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="16"/>
        <source>Record created</source>
        <translation>已创建记录</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="17"/>
        <source>Record deleted</source>
        <translation>已删除记录</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="18"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="19"/>
        <source>Date (from)</source>
        <translation>日期（起）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="20"/>
        <source>Date (to)</source>
        <translation>日期（止）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="21"/>
        <source>Date precision</source>
        <translation>日期精度</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="22"/>
        <source>Date reported</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="23"/>
        <source>Narrative</source>
        <translation>事件叙述</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="24"/>
        <source>Confidentiality</source>
        <translation>保密级别</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="25"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="26"/>
        <source>Summary for partners and the public</source>
        <translation>供合作伙伴和公众阅读的摘要</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="27"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="28"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="29"/>
        <source>Region ISO code</source>
        <translation>地区 ISO 代码</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="30"/>
        <source>Region P-code</source>
        <translation>地区 P 代码</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="31"/>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="32"/>
        <source>District P-code</source>
        <translation>区 P 代码</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="33"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="34"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="35"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="36"/>
        <source>Location precision</source>
        <translation>地点精确度</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="37"/>
        <source>Sensitive location</source>
        <translation>敏感地点</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="38"/>
        <source>Place not in the gazetteer</source>
        <translation>地点不在地名表中</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="39"/>
        <source>Verification</source>
        <translation>核实</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="40"/>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="41"/>
        <source>Verification date</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="42"/>
        <source>Credibility</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="43"/>
        <source>Violations</source>
        <translation>侵权行为</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="44"/>
        <source>Victims</source>
        <translation>受害者</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="45"/>
        <source>Perpetrators</source>
        <translation>加害者</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="46"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="48"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="49"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="50"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="51"/>
        <source>(cleared)</source>
        <translation>（已核准）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/history_text.py" line="52"/>
        <source>Received from HQ</source>
        <translation>来自总部</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.py" line="147"/>
        <source>Reading what needs you today…</source>
        <translation>正在读取今天需要您处理的事项…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="149"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="150"/>
        <source>Read the counts again</source>
        <translation>重新读取计数</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="159"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="171"/>
        <source>What needs you today</source>
        <translation>今天需要您处理的事项</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="180"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="187"/>
        <source>Show my drafts</source>
        <translation>显示我的草稿</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="188"/>
        <source>Show all drafts</source>
        <translation>显示所有草稿</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="189"/>
        <source>Show the records waiting for my review</source>
        <translation>显示等待我审核的记录</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="190"/>
        <source>Show my records that came back from review</source>
        <translation>显示我被审核退回的记录</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="191"/>
        <source>Show the strategies board (overdue actions)</source>
        <translation>显示战略一览（逾期行动）</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="192"/>
        <source>Show the strategies board (blocked actions)</source>
        <translation>显示战略一览（受阻行动）</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="193"/>
        <source>Show the situations of concern (late decisions)</source>
        <translation>显示关注局势（逾期决定）</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="194"/>
        <source>Show the situations of concern</source>
        <translation>显示值得关注的局势</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="195"/>
        <source>Show the sync conflicts to merge</source>
        <translation>显示待合并的同步冲突</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="196"/>
        <source>Show the Sync page</source>
        <translation>显示同步页面</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="241"/>
        <source>Hello, {user}. Today is {date}.</source>
        <translation>{user}，您好。今天是 {date}。</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="264"/>
        <source>Here is what needs you today.</source>
        <translation>以下是今天需要您处理的事项。</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="266"/>
        <source>Nothing needs you today.</source>
        <translation>今天没有需要您处理的事项。</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="274"/>
        <source>New deterioration signals, raised in the last {days} days</source>
        <translation>过去 {days} 天内出现的新恶化信号</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="276"/>
        <source>No new deterioration signal in the last {days} days</source>
        <translation>过去 {days} 天内没有新的恶化信号</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="279"/>
        <source>{count} flagged in all</source>
        <translation>共标出 {count} 个</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="283"/>
        <source>My drafts to finish</source>
        <translation>我待完成的草稿</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="283"/>
        <source>No drafts to finish</source>
        <translation>没有待完成的草稿</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="287"/>
        <source>Drafts on this device, everyone&apos;s</source>
        <translation>本设备上所有人的草稿</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="289"/>
        <source>No drafts on this device</source>
        <translation>本设备上没有草稿</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="293"/>
        <source>Records waiting for my review</source>
        <translation>等待我审核的记录</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="295"/>
        <source>No records waiting for my review</source>
        <translation>没有等待我审核的记录</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="299"/>
        <source>Records I submitted that came back with a reviewer&apos;s comment</source>
        <translation>我提交后被审核人附意见退回的记录</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="301"/>
        <source>None of my submitted records came back</source>
        <translation>我提交的记录均未被退回</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="305"/>
        <source>Strategy actions past their due date</source>
        <translation>已过截止日期的战略行动</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="307"/>
        <source>No strategy action is overdue</source>
        <translation>没有逾期的战略行动</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="311"/>
        <source>Strategy actions blocked</source>
        <translation>受阻的战略行动</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="313"/>
        <source>No strategy action is blocked</source>
        <translation>没有受阻的战略行动</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="317"/>
        <source>Decisions of the quarterly review past their due date</source>
        <translation>季度审查中已过期限的决定</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="319"/>
        <source>No decision of the quarterly review is late</source>
        <translation>季度审查的决定均未逾期</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="324"/>
        <source>Sync conflicts to merge</source>
        <translation>待合并的同步冲突</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="326"/>
        <source>No sync conflicts to merge</source>
        <translation>没有待合并的同步冲突</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="333"/>
        <source>Not set up to sync with HQ</source>
        <translation>尚未设置与总部同步</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="335"/>
        <source>Changes waiting to go to HQ</source>
        <translation>等待发送至总部的更改</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="337"/>
        <source>Nothing waiting to go to HQ</source>
        <translation>没有等待发送至总部的内容</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="342"/>
        <source>last synced {when}</source>
        <translation>上次同步：{when}</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="344"/>
        <source>never synced yet</source>
        <translation>尚未同步过</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="347"/>
        <source>last problem: {problem}</source>
        <translation>上次问题：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="355"/>
        <source>The counts could not be read.</source>
        <translation>无法读取计数。</translation>
    </message>
</context>
<context>
    <name>HorizonPage</name>
    <message>
        <location filename="../../ui/horizon_page.py" line="95"/>
        <source>To</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="96"/>
        <source>The scan&apos;s last day: its last four weeks end here</source>
        <translation>扫描的最后一天：最近四周截至此日</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="97"/>
        <source>&amp;To</source>
        <translation>截至(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="104"/>
        <source>Standard of proof</source>
        <translation>证明标准</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="110"/>
        <source>Standard of &amp;proof</source>
        <translation>证明标准(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="112"/>
        <source>&amp;Scan</source>
        <translation>扫描(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="114"/>
        <source>Test every region and country the records name for a recent rise</source>
        <translation>检查记录中提到的每个地区和国家是否有近期上升</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="121"/>
        <source>Scan in progress</source>
        <translation>正在扫描</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="137"/>
        <source>Press Scan to test every region and country the records name for a recent rise, including places no situation of concern covers yet.</source>
        <translation>按“扫描”检查记录中提到的每个地区和国家是否有近期上升，包括尚无任何关切局势涵盖的地方。</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="149"/>
        <source>How is this ranked?</source>
        <translation>如何排序？</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="162"/>
        <source>Places flagged by the scan, ranked</source>
        <translation>扫描标出的地方（按排名）</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="165"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="166"/>
        <source>Place</source>
        <translation>地方</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="167"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="168"/>
        <location filename="../../ui/horizon_page.py" line="490"/>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="169"/>
        <source>Strongest signal</source>
        <translation>最强信号</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="170"/>
        <source>Per week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="171"/>
        <source>Ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="172"/>
        <source>Adjusted p</source>
        <translation>校正后 p</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="173"/>
        <source>At standard</source>
        <translation>达到标准</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="174"/>
        <source>Situation</source>
        <translation>局势</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="178"/>
        <source>Not flagged by the previous scan</source>
        <translation>上一次扫描未标出</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="180"/>
        <source>Acts a week in the last four weeks / a week in the 26 weeks before them</source>
        <translation>最近四周每周行为数 / 此前 26 周每周行为数</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="182"/>
        <source>How many times the weekly rate before: the rate ratio</source>
        <translation>是此前每周频率的多少倍：频率比</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="184"/>
        <source>The chance of a rise this large by chance alone, corrected for the many places and types tested at once (Benjamini-Hochberg)</source>
        <translation>仅因偶然出现如此大幅上升的概率，已按同时检验的众多地方和类型校正（Benjamini-Hochberg）</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="188"/>
        <source>Acts at or above the standard of proof in the last four weeks, and whether the rise is seen in them alone</source>
        <translation>最近四周达到或高于证明标准的行为，以及仅凭这些行为是否可见上升</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="191"/>
        <source>The situations of concern that take in the place&apos;s acts</source>
        <translation>涵盖该地行为的关切局势</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="216"/>
        <source>The place chosen: signals, risk and figures</source>
        <translation>所选地方：信号、风险与数据</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="218"/>
        <source>P&amp;ropose a situation…</source>
        <translation>提议局势(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="220"/>
        <source>A new situation of concern with this place, period and violation types</source>
        <translation>以此地方、期间和侵权类型新建关切局势</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="223"/>
        <source>&amp;Open situation</source>
        <translation>打开局势(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="224"/>
        <source>Show the situation that covers this place</source>
        <translation>显示涵盖此地方的局势</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="268"/>
        <source>The test: for every admin 1 region and every country, each violation type and all types together, the acts of the last {recent} weeks are compared with the {baseline} weeks before. A place is flagged when its rise is too large to be chance once corrected for the many places and types tested at once (Benjamini-Hochberg, false discovery rate {q}), with a rate at least {ratio} times the one before and at least {least} recent acts.</source>
        <translation>检验：对每个一级行政区和每个国家、每种侵权类型及所有类型合计，将最近 {recent} 周的行为与此前 {baseline} 周比较。当上升幅度在对同时检验的众多地方和类型进行校正后（Benjamini-Hochberg，错误发现率 {q}）仍大到不可能是偶然，且频率至少为此前的 {ratio} 倍、近期行为至少 {least} 起时，该地方即被标出。</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="283"/>
        <source>The rank: first the places whose rise is seen in the acts at or above the chosen standard of proof alone (at least {least} such acts in the last {recent} weeks, at least {ratio} times the rate before), then the others. Within each, by adjusted p (smallest first), then by ratio (largest first), then by acts at or above the standard in the last {recent} weeks (most first). A place&apos;s strongest signal is the one that ranks it.</source>
        <translation>排名：先列出仅凭达到或高于所选证明标准的行为即可见上升的地方（最近 {recent} 周内至少 {least} 起此类行为，且至少为此前频率的 {ratio} 倍），然后是其他地方。各组内依次按校正后 p（从小到大）、比率（从大到小）、最近 {recent} 周达到或高于标准的行为数（从多到少）排序。一个地方按其最强信号排名。</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="298"/>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="307"/>
        <location filename="../../ui/horizon_page.py" line="329"/>
        <source>the device&apos;s own records</source>
        <translation>本设备自己的记录</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="312"/>
        <source>HQ&apos;s weekly counts over all of the scope&apos;s records ({countries}, as of {day}; small weeks suppressed, counted so that they can only make a rise harder to flag)</source>
        <translation>总部对该范围内全部记录的每周计数（{countries}，截至 {day}；小数周已隐去，其计法只会使上升更难被标出）</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="320"/>
        <source>and the device&apos;s own records elsewhere</source>
        <translation>其他地方则依据本设备自己的记录</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="327"/>
        <source>HQ&apos;s weekly counts</source>
        <translation>总部每周计数</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="334"/>
        <source>{place} (country)</source>
        <translation>{place}（国家）</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="335"/>
        <source>{place} (region)</source>
        <translation>{place}（地区）</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="339"/>
        <source>from none</source>
        <translation>从无到有</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="341"/>
        <source>at least {ratio}×</source>
        <translation>至少 {ratio}×</translation>
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
        <translation>部分：{situations}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="361"/>
        <source>No situation</source>
        <translation>无局势</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="389"/>
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="417"/>
        <source>The scan could not be run.</source>
        <translation>无法运行扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="427"/>
        <source>The records have changed since this scan: scan again.</source>
        <translation>此次扫描后记录已有变化：请重新扫描。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="433"/>
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n 个地区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="434"/>
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n 个国家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="435"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n 个序列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/horizon_page.py" line="436"/>
        <source>%n place(s) flagged</source>
        <translation>
            <numerusform>标出 %n 个地方</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="440"/>
        <source>Scan as of {date}, on {data}: {regions} and {countries} tested, {series} in all; {flagged}.</source>
        <translation>截至 {date} 的扫描，基于{data}：检验了 {regions}和 {countries}，共 {series}；{flagged}。</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="452"/>
        <source>The last {recent} weeks ({recent_from} to {recent_to}) against the {baseline} weeks before; acts counted apart at {standard} or above.</source>
        <translation>最近 {recent} 周（{recent_from} 至 {recent_to}）对比此前 {baseline} 周；达到或高于“{standard}”的行为单独计数。</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="462"/>
        <source>Previous scan: as of {date}. New: not flagged by it.</source>
        <translation>上一次扫描：截至 {date}。新：该次扫描未标出。</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="466"/>
        <source>No previous scan: every place flagged is new.</source>
        <translation>无上一次扫描：标出的每个地方都是新的。</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="472"/>
        <source>Nothing flagged.</source>
        <translation>未标出任何地方。</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="494"/>
        <source>{recent} / {before}</source>
        <translation>{recent} / {before}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="507"/>
        <source>{count}, rise seen</source>
        <translation>{count}，可见上升</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="509"/>
        <source>{count}, no rise</source>
        <translation>{count}，无上升</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="535"/>
        <source>Rank {rank}: {place}, {country}; {situation}</source>
        <translation>第 {rank} 名：{place}，{country}；{situation}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="580"/>
        <source>{rank}. {place}, {country}</source>
        <translation>{rank}. {place}，{country}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="594"/>
        <source>Signals flagged</source>
        <translation>标出的信号</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="600"/>
        <source>{type}: {recent} acts in the last four weeks ({rate} a week) against {before} a week before, {ratio}; adjusted p {p}. At the standard or above: {count} recent acts, {rise}.</source>
        <translation>{type}：最近四周 {recent} 起行为（每周 {rate}），此前每周 {before}，{ratio}；校正后 p {p}。达到或高于标准：近期 {count} 起，{rise}。</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="611"/>
        <source>the rise is seen in them</source>
        <translation>其中可见上升</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="613"/>
        <source>the rise is not seen in them alone</source>
        <translation>仅凭这些行为看不出上升</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="617"/>
        <source>Covered by {situations}.</source>
        <translation>由{situations}涵盖。</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="622"/>
        <source>Partly covered by {situations}.</source>
        <translation>部分由{situations}涵盖。</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="626"/>
        <source>No situation covers it.</source>
        <translation>没有局势涵盖它。</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="629"/>
        <source>HQ suppressed a small week of it: counted as the least it can be in the last four weeks and the most before, so the rise is at least as shown.</source>
        <translation>总部隐去了其中一个小数值周：在最近四周按可能的最小值计，之前按最大值计，因此上升至少如所示。</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="632"/>
        <source>New.</source>
        <translation>新。</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="636"/>
        <source>Risk factors that changed</source>
        <translation>发生变化的风险因素</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="643"/>
        <source>{factor}: {level}, {trend}</source>
        <translation>{factor}：{level}，{trend}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="646"/>
        <source>worsening</source>
        <translation>恶化</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="648"/>
        <source>improving</source>
        <translation>好转</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="653"/>
        <source>{situation}, assessed on {date}: {changes}</source>
        <translation>{situation}，{date} 评估：{changes}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="663"/>
        <source>No assessment of a situation here records a change.</source>
        <translation>此处没有任何局势评估记录变化。</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="668"/>
        <source>Humanitarian figures</source>
        <translation>人道主义数据</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="673"/>
        <source>Data: {source}</source>
        <translation>数据：{source}</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="697"/>
        <source>{place}: deterioration from {date}</source>
        <translation>{place}：自 {date} 起恶化</translation>
    </message>
    <message>
        <location filename="../../ui/horizon_page.py" line="723"/>
        <source>Situation saved. Scan again to see which places it covers.</source>
        <translation>局势已保存。请重新扫描以查看它涵盖哪些地方。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="876"/>
        <source>Import incidents</source>
        <translation>导入事件</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="913"/>
        <source>Stop the import?</source>
        <translation>停止导入？</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="915"/>
        <source>Nothing has been imported yet. The file and the choices made so far will be lost.</source>
        <translation>尚未导入任何内容。已选择的文件和迄今所做的选择将会丢失。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="919"/>
        <source>Stop the import</source>
        <translation>停止导入</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="920"/>
        <source>Go on importing</source>
        <translation>继续导入</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="993"/>
        <source>Incident id</source>
        <translation>事件编号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="994"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="995"/>
        <source>Date (from)</source>
        <translation>日期（起）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="996"/>
        <source>Date (to)</source>
        <translation>日期（止）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="997"/>
        <source>Date precision</source>
        <translation>日期精度</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="998"/>
        <source>Date reported</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="999"/>
        <source>Narrative</source>
        <translation>事件叙述</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1000"/>
        <source>Confidentiality</source>
        <translation>保密级别</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1001"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1002"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1003"/>
        <source>Region (admin 1)</source>
        <translation>地区（一级行政区）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1004"/>
        <source>Region P-code (admin 1)</source>
        <translation>地区 P-code（一级行政区）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1005"/>
        <source>District (admin 2)</source>
        <translation>区县（二级行政区）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1006"/>
        <source>District P-code (admin 2)</source>
        <translation>区县 P-code（二级行政区）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1007"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1008"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1009"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1010"/>
        <source>GPS point</source>
        <translation>GPS 点</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1011"/>
        <source>Location precision</source>
        <translation>地点精确度</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1012"/>
        <source>Sensitive location</source>
        <translation>敏感地点</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1013"/>
        <source>Place not in the gazetteer</source>
        <translation>地点不在地名表中</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1014"/>
        <source>Verification status</source>
        <translation>核实状态</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1015"/>
        <source>Credibility</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1016"/>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1017"/>
        <source>Verification date</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1018"/>
        <source>Violation type</source>
        <translation>侵权行为类型</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1019"/>
        <source>Victims (count)</source>
        <translation>受害者（人数）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1020"/>
        <source>Killed (count)</source>
        <translation>死亡（人数）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1021"/>
        <source>Injured (count)</source>
        <translation>受伤（人数）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1022"/>
        <source>Perpetrator category</source>
        <translation>施害者类别</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1023"/>
        <source>Source type</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1024"/>
        <source>Source&apos;s connection</source>
        <translation>来源与事件的关系</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="1025"/>
        <source>Source reliability</source>
        <translation>来源可靠性</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="145"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="164"/>
        <location filename="../../ui/incident_editor/editor.py" line="706"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="166"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="270"/>
        <location filename="../../ui/incident_editor/editor.py" line="311"/>
        <location filename="../../ui/incident_editor/editor.py" line="318"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="279"/>
        <source>Overview &amp;&amp; location</source>
        <translation>概况和地点</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="289"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="291"/>
        <source>Occurred from</source>
        <translation>事发开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="296"/>
        <source>Occurred to</source>
        <translation>事发结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="303"/>
        <source>Date reported</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="310"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="317"/>
        <source>Region (admin 1)</source>
        <translation>地区（一级行政区）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="326"/>
        <source>District (admin 2)</source>
        <translation>区县（二级行政区）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="345"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="370"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="371"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="379"/>
        <source>Location precision</source>
        <translation>地点精确度</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="386"/>
        <location filename="../../ui/incident_editor/editor.py" line="389"/>
        <source>Confidentiality</source>
        <translation>保密级别</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="392"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="397"/>
        <source>Narrative</source>
        <translation>事件叙述</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="443"/>
        <source>&amp;Violations</source>
        <translation>侵权行为(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="451"/>
        <location filename="../../ui/incident_editor/editor.py" line="576"/>
        <location filename="../../ui/incident_editor/editor.py" line="646"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="454"/>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="455"/>
        <source>Victims</source>
        <translation>受害者人数</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="458"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="461"/>
        <source>Method</source>
        <translation>手段</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="477"/>
        <source>Violation {number}</source>
        <translation>侵权行为 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="478"/>
        <source>Add violation</source>
        <translation>添加侵权行为</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="485"/>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="487"/>
        <source>Show the protected name; the reveal is recorded in the audit log</source>
        <translation>显示受保护的姓名；显示操作将记入审计日志</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="491"/>
        <location filename="../../ui/incident_editor/editor.py" line="549"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="493"/>
        <source>Reveal name</source>
        <translation>显示姓名</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="496"/>
        <source>V&amp;ictims</source>
        <translation>受害者(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="500"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="446"/>
        <location filename="../../ui/incident_editor/editor.py" line="501"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="152"/>
        <source>Review</source>
        <translation>审查</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="323"/>
        <source>Region P-code (admin 1)</source>
        <translation>地区 P-code（一级行政区）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="329"/>
        <source>District P-code (admin 2)</source>
        <translation>区县 P-code（二级行政区）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="334"/>
        <source>Region or district not in the list (keep as typed)</source>
        <translation>不在列表中的地区或县（按输入保留）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="340"/>
        <source>Regions and districts are checked against OCHA&apos;s list of P-codes. Tick this only for a place the list does not have: it is kept as typed, without a code, and listed with the records to resolve later.</source>
        <translation>地区和县会与人道协调厅的 P 代码列表核对。仅当列表中没有该地点时才勾选此项：它将按输入保留，不带代码，并列入待日后处理的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="348"/>
        <source>The place names a protected victim of this record: if it is their home, a shelter or a safe house, mark it sensitive.</source>
        <translation>该地点提及本记录中一名受保护的受害者：如果这是其住所、庇护所或安全屋，请将其标记为敏感地点。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="359"/>
        <source>Sensitive location (a home, shelter, safe house)</source>
        <translation>敏感地点（住所、庇护所、安全屋）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="366"/>
        <source>Outside the team, a sensitive location is shown only as its region and district.</source>
        <translation>在小组以外，敏感地点只显示其所在地区和区县。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="403"/>
        <source>Written for partners and the public; reports outside the UN print this, never the narrative</source>
        <translation>为合作伙伴和公众撰写；联合国以外的报告打印此文本，绝不打印叙述</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="410"/>
        <source>Summary for partners and the public</source>
        <translation>供合作伙伴和公众阅读的摘要</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="418"/>
        <source>Clearance of the summary</source>
        <translation>摘要的审批</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="419"/>
        <source>Clear for release</source>
        <translation>批准发布</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="447"/>
        <location filename="../../ui/incident_editor/editor.py" line="502"/>
        <source>Age group</source>
        <translation>年龄组</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="448"/>
        <source>Number of victims</source>
        <translation>受害者人数</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="466"/>
        <source>Count {number}</source>
        <translation>计数 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="467"/>
        <source>Add count</source>
        <translation>添加计数</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="472"/>
        <source>Victims by sex and age</source>
        <translation>按性别和年龄分列的受害者</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="505"/>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="506"/>
        <source>Group size</source>
        <translation>群体人数</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="516"/>
        <location filename="../../ui/incident_editor/editor.py" line="584"/>
        <source>Protected</source>
        <translation>受保护</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="517"/>
        <location filename="../../ui/incident_editor/editor.py" line="585"/>
        <source>Withhold the name on screens and exports</source>
        <translation>在屏幕和导出文件中隐去姓名</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="519"/>
        <location filename="../../ui/incident_editor/editor.py" line="587"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="520"/>
        <location filename="../../ui/incident_editor/editor.py" line="588"/>
        <source>Consent given on</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="525"/>
        <source>Victim {number}</source>
        <translation>受害者 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="526"/>
        <source>Add victim</source>
        <translation>添加受害者</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="539"/>
        <source>&amp;Perpetrators</source>
        <translation>施害者(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="544"/>
        <source>Violation</source>
        <translation>侵权行为</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="545"/>
        <source>Degree</source>
        <translation>参与程度</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="548"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="554"/>
        <source>Involvement {number}</source>
        <translation>参与情况 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="555"/>
        <source>Add involvement</source>
        <translation>添加参与情况</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="560"/>
        <source>Involvement</source>
        <translation>参与情况</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="565"/>
        <source>Perpetrator {number}</source>
        <translation>施害者 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="566"/>
        <source>Add perpetrator</source>
        <translation>添加施害者</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="573"/>
        <source>S&amp;ources &amp;&amp; verification</source>
        <translation>来源和核实(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="578"/>
        <source>Connection</source>
        <translation>与事件的关系</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="580"/>
        <source>Reliability</source>
        <translation>可靠性</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="589"/>
        <source>Information given on</source>
        <translation>提供信息日期</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="592"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="597"/>
        <source>Source {number}</source>
        <translation>来源 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="598"/>
        <source>Add source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="605"/>
        <source>&lt;b&gt;Verification&lt;/b&gt;</source>
        <translation>&lt;b&gt;核实&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="609"/>
        <location filename="../../ui/incident_editor/editor.py" line="612"/>
        <source>Standard of proof</source>
        <translation>证明标准</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="617"/>
        <location filename="../../ui/incident_editor/editor.py" line="620"/>
        <source>Credibility</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="622"/>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="626"/>
        <source>Date reviewed</source>
        <translation>审核日期</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="633"/>
        <source>&amp;Attachments</source>
        <translation>附件(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="637"/>
        <source>Save the incident to add attachments. Files can also be dropped here.</source>
        <translation>请先保存事件，再添加附件。也可以将文件拖放到此处。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="645"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="647"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="648"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="649"/>
        <source>Captured by</source>
        <translation>采集人</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="650"/>
        <source>Captured at</source>
        <translation>采集时间</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="653"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="658"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="660"/>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="662"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="678"/>
        <source>Chain of custody of the selected file</source>
        <translation>所选文件的保管链</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="680"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="682"/>
        <source>Chain of custody</source>
        <translation>保管链</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="686"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>Old</source>
        <translation>旧值</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="689"/>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="691"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="712"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="715"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="720"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="722"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="724"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="733"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="740"/>
        <source>&amp;Add attachment…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="742"/>
        <source>&amp;View attachment</source>
        <translation>查看附件(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="744"/>
        <source>&amp;Export attachment…</source>
        <translation>导出附件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="748"/>
        <source>A&amp;ttachments</source>
        <translation>附件(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="756"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="766"/>
        <source>UN</source>
        <translation>联合国</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="770"/>
        <source>Read-only: this record is the view HQ sends to {audience} readers, with names withheld and places coarsened. It cannot be changed on this device; the team that holds the record can change it.</source>
        <translation>只读：此记录是总部发送给{audience}读者的视图，姓名已隐去，地点已概括。无法在此设备上更改；持有该记录的小组可以更改。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="63"/>
        <source>Returned by {by} on {date}: {comment} Submit it again when done.</source>
        <translation>{by} 于 {date} 退回：{comment} 完成后请重新提交。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="70"/>
        <source>Waiting for review by {user}.</source>
        <translation>等待 {user} 审查。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="72"/>
        <source>Waiting for review by any reviewer of the team.</source>
        <translation>等待团队任一审查人审查。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="76"/>
        <source>Approved on {date} by its author alone (single-user office).</source>
        <translation>于 {date} 仅由作者本人批准（单用户办公室）。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="178"/>
        <source>Remove violation</source>
        <translation>删除侵权行为</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/form.py" line="205"/>
        <source>(no type)</source>
        <translation>（无类型）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="69"/>
        <source>Changed: once saved, the new text needs clearing again</source>
        <translation>已更改：保存后，新文本需要重新审批</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="73"/>
        <location filename="../../ui/incident_editor/summary.py" line="81"/>
        <source>Not cleared</source>
        <translation>未审批</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="76"/>
        <source>No summary: reports outside the UN print nothing for this incident</source>
        <translation>无摘要：联合国以外的报告不打印此事件的任何内容</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="84"/>
        <source>Cleared by the author alone (single-user office) on {when}</source>
        <translation>于 {when} 仅由作者本人审批（单用户办公室）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="91"/>
        <source>Cleared by {user} on {when}</source>
        <translation>由 {user} 于 {when} 审批</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="98"/>
        <source>Save the incident first.</source>
        <translation>请先保存事件。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="100"/>
        <source>There is no summary to clear.</source>
        <translation>没有可审批的摘要。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="102"/>
        <source>Sign in as a user to clear the summary.</source>
        <translation>请以用户身份登录以审批摘要。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="106"/>
        <source>A user other than its author clears the summary.</source>
        <translation>摘要须由作者以外的用户审批。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/summary.py" line="110"/>
        <source>The summary is cleared.</source>
        <translation>摘要已审批。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="809"/>
        <source>New incident</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="810"/>
        <source>{title}[*] – Upfront</source>
        <translation>{title}[*] – Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="61"/>
        <source>Something went wrong; nothing was changed.</source>
        <translation>出现错误；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="133"/>
        <source>Saved at {time}.</source>
        <translation>已于 {time} 保存。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="200"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/saving.py" line="201"/>
        <source>This incident has changes that are not saved.</source>
        <translation>此事件有未保存的更改。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="135"/>
        <source>Add files with Add… or drop them here. They are kept inside the encrypted store.</source>
        <translation>使用“添加…”添加文件，或将文件拖放到此处。文件保存在加密存储库中。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="156"/>
        <source>Save the incident before adding attachments.</source>
        <translation>请先保存事件，再添加附件。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="162"/>
        <source>Add attachments</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="87"/>
        <source>{filename} cannot be shown inside Upfront without writing it to disk; use Export.</source>
        <translation>如不将 {filename} 写入磁盘，就无法在 Upfront 中显示；请使用“导出”。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="257"/>
        <source>Export attachment</source>
        <translation>导出附件</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="664"/>
        <source>Writes a copy without the file&apos;s metadata (place, time, device)</source>
        <translation>写出不含文件元数据（地点、时间、设备）的副本</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="667"/>
        <source>Export original…</source>
        <translation>导出原件…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/editor.py" line="746"/>
        <source>Export &amp;original attachment…</source>
        <translation>导出原始附件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="238"/>
        <source>Export original</source>
        <translation>导出原件</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="239"/>
        <source>The original keeps its metadata: it may hold the place (GPS position), the time and the device it was made with. Export the original only for an evidence handover; the chain of custody records it.</source>
        <translation>原件保留其元数据：其中可能包含地点（GPS 位置）、时间以及制作所用的设备。仅在移交证据时导出原件；保管链会记录此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="271"/>
        <source>{filename} was exported as the original, with its metadata.</source>
        <translation>{filename} 已按原件导出，包含其元数据。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/attachments.py" line="275"/>
        <source>{filename} was exported without its metadata (place, time, device); the original stays unchanged in the store.</source>
        <translation>{filename} 已导出，不含其元数据（地点、时间、设备）；存储库中的原件保持不变。</translation>
    </message>
</context>
<context>
    <name>IncidentListView</name>
    <message>
        <location filename="../../ui/incident_list.py" line="196"/>
        <source>Loading incidents…</source>
        <translation>正在加载事件…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="319"/>
        <source>Search title, narrative, places</source>
        <translation>搜索标题、叙述、地点</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="320"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="324"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="325"/>
        <source>Filter from a date</source>
        <translation>按起始日期筛选</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="326"/>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="327"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="328"/>
        <source>Filter up to a date</source>
        <translation>按截止日期筛选</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="329"/>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="332"/>
        <source>All violations</source>
        <translation>所有侵权行为</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="332"/>
        <source>Violation type</source>
        <translation>侵权行为类型</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="335"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="338"/>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="352"/>
        <source>Region (admin 1)</source>
        <translation>地区（一级行政区）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="360"/>
        <source>Any verification</source>
        <translation>任何核实状态</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="360"/>
        <source>Verification</source>
        <translation>核实</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="363"/>
        <source>Any confidentiality</source>
        <translation>任何保密级别</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="363"/>
        <source>Confidentiality</source>
        <translation>保密级别</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="365"/>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="365"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="367"/>
        <source>Clear filters</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="368"/>
        <location filename="../../ui/incident_list.py" line="377"/>
        <source>New incident</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="371"/>
        <source>New incident ({shortcut})</source>
        <translation>新建事件（{shortcut}）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="383"/>
        <source>Number of incidents</source>
        <translation>事件数量</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="394"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="431"/>
        <source>&amp;Violation</source>
        <translation>侵权行为(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="432"/>
        <source>C&amp;ountry</source>
        <translation>国家(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="433"/>
        <source>&amp;Region</source>
        <translation>地区(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="434"/>
        <source>Veri&amp;fication</source>
        <translation>核实(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="435"/>
        <source>Confi&amp;dentiality</source>
        <translation>保密级别(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="436"/>
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="443"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="460"/>
        <source>Sa&amp;ved filters</source>
        <translation>已保存的筛选(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="495"/>
        <location filename="../../ui/incident_list.py" line="499"/>
        <source>Change selected…</source>
        <translation>更改所选…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="497"/>
        <location filename="../../ui/incident_list.py" line="501"/>
        <source>Export selected…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="503"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="514"/>
        <source>Saved filters</source>
        <translation>已保存的筛选</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="516"/>
        <source>Save filters…</source>
        <translation>保存筛选…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="518"/>
        <source>Delete saved filter</source>
        <translation>删除已保存的筛选</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="630"/>
        <source>All incidents</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="631"/>
        <source>My drafts</source>
        <translation>我的草稿</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="632"/>
        <source>To review (submitted)</source>
        <translation>待审核（已提交）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="635"/>
        <source>Situation: {name}</source>
        <translation>局势：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="764"/>
        <source>Several countries hold “{text}”: choose one in the list. The country filter is still {country}.</source>
        <translation>有多个国家包含“{text}”：请在列表中选择一个。国家筛选仍为{country}。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="769"/>
        <source>No country matches “{text}”; the country filter is still {country}.</source>
        <translation>没有与“{text}”匹配的国家；国家筛选仍为{country}。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="778"/>
        <source>All regions</source>
        <translation>所有地区</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_list.py" line="801"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n 起事件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="805"/>
        <source>The incidents could not be read: {reason}</source>
        <translation>无法读取事件：{reason}</translation>
    </message>
</context>
<context>
    <name>IncidentPicker</name>
    <message>
        <location filename="../../ui/incident_picker.py" line="77"/>
        <source>Choose incidents</source>
        <translation>选择事件</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="80"/>
        <source>Search incidents</source>
        <translation>搜索事件</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="81"/>
        <source>Words in the title, narrative or place</source>
        <translation>标题、叙述或地点中的词语</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="83"/>
        <source>Only the situation&apos;s country, regions and period</source>
        <translation>仅限该局势的国家、地区和时期</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="86"/>
        <source>Incidents found</source>
        <translation>找到的事件</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="94"/>
        <source>Add ticked</source>
        <translation>添加已勾选的</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="104"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="133"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="148"/>
        <source>The search failed.</source>
        <translation>搜索失败。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="165"/>
        <source>{incident} (already chosen)</source>
        <translation>{incident}（已选择）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="174"/>
        <source>No incident matches.</source>
        <translation>没有匹配的事件。</translation>
    </message>
    <message>
        <location filename="../../ui/incident_picker.py" line="178"/>
        <source>The {limit} latest found are shown: add words to narrow the search.</source>
        <translation>仅显示找到的最新 {limit} 起：请添加词语以缩小搜索范围。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_picker.py" line="183"/>
        <source>%n incident(s) found</source>
        <translation>
            <numerusform>找到 %n 起事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../ui/incident_model.py" line="109"/>
        <source>{title} (HQ&apos;s view for {audience}, read-only)</source>
        <translation>{title}（总部为{audience}提供的视图，只读）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="113"/>
        <source>UN</source>
        <translation>联合国</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="175"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="176"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="177"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="178"/>
        <source>Violations</source>
        <translation>侵权行为</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="179"/>
        <source>Verification</source>
        <translation>核实</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="180"/>
        <source>Confidentiality</source>
        <translation>保密级别</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="181"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="244"/>
        <source>Not sortable: an incident may have several violations</source>
        <translation>无法排序：一个事件可能涉及多项侵权行为</translation>
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
        <translation>Upfront — 示例数据</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>&amp;New incident</source>
        <translation>新建事件(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>&amp;Import incidents…</source>
        <translation>导入事件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Incidents from a spreadsheet or a JSON export, checked row by row</source>
        <translation>从电子表格或 JSON 导出文件导入事件，并逐行检查</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>&amp;Export incidents…</source>
        <translation>导出事件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>Incidents as CSV, Excel, JSON or HXL, cleared for an audience</source>
        <translation>以 CSV、Excel、JSON 或 HXL 格式导出事件，仅含所选受众可阅读的内容</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Close the records; the passphrase opens them again</source>
        <translation>关闭记录；输入密码短语可再次打开</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>Emergency &amp;wipe…</source>
        <translation>紧急擦除(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Destroy the key file and the records on this computer</source>
        <translation>销毁本计算机上的密钥文件和记录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>&amp;Users and passphrases…</source>
        <translation>用户和密码短语(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>Add or remove the users of this computer, or change your passphrase</source>
        <translation>添加或删除此计算机的用户，或更改您的密码短语</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>Run &amp;self-test…</source>
        <translation>运行自检(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Check that this installation works: the encrypted store, cryptography, translations, fonts, reports and the link to HQ</source>
        <translation>检查本安装是否正常：加密存储、密码学、翻译、字体、报告以及与总部的连接</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>&amp;About Upfront</source>
        <translation>关于 Upfront(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>Situations</source>
        <translation>局势</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>Strategies</source>
        <translation>战略</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>Sync is not available in this build.</source>
        <translation>此版本不提供同步功能。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>Review</source>
        <translation>审查</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Horizon</source>
        <translation>前瞻</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="600"/>
        <source>Sync: not set up</source>
        <translation>同步：未设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="619"/>
        <source>Signed in as {user}</source>
        <translation>已以 {user} 身份登录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="620"/>
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="620"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="778"/>
        <source>Settings saved. Language and data folder apply when Upfront next starts.</source>
        <translation>设置已保存。语言和数据文件夹将在 Upfront 下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="780"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="812"/>
        <source>About Upfront</source>
        <translation>关于 Upfront</translation>
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
        <translation>面向联合国国家工作队的侵犯人权行为记录工具。

数据库架构：{schema}
SQLCipher：{sqlcipher}</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../ui/map_page.py" line="202"/>
        <source>{region}: {count}</source>
        <translation>{region}：{count}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../ui/map_page.py" line="264"/>
        <source>Loading the map…</source>
        <translation>正在加载地图…</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="266"/>
        <source>Show &amp;points</source>
        <translation>显示点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="268"/>
        <source>Show incident locations as points</source>
        <translation>以点显示事件地点</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="274"/>
        <source>Map of incidents</source>
        <translation>事件地图</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="277"/>
        <source>Regions on the map</source>
        <translation>地图上的地区</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="280"/>
        <source>&amp;Regions</source>
        <translation>地区(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="333"/>
        <source>{incidents} in {regions} on the map</source>
        <translation>地图上{regions}中的{incidents}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="334"/>
        <location filename="../../ui/map_page.py" line="375"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n 起事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="335"/>
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n 个地区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="342"/>
        <source>%n incident(s) without a region: counted, not on the map.</source>
        <translation>
            <numerusform>%n 起事件没有地区：已计入，未显示在地图上。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map_page.py" line="350"/>
        <source>%n incident(s) without coordinates have no point.</source>
        <translation>
            <numerusform>%n 起事件没有坐标，未标为点。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="354"/>
        <source>Nearby incidents share a dot, sized by their number.</source>
        <translation>相近的事件共用一个点，点的大小表示其数量。</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="363"/>
        <source>{region} ({country})</source>
        <translation>{region}（{country}）</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="365"/>
        <source>{region}: {count}</source>
        <translation>{region}：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="372"/>
        <source>{region}, {country}: {incidents}</source>
        <translation>{region}，{country}：{incidents}</translation>
    </message>
    <message>
        <location filename="../../ui/map_page.py" line="388"/>
        <source>The map could not be read.</source>
        <translation>无法读取地图。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/sync_page.py" line="173"/>
        <source>Merge: {title}</source>
        <translation>合并：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="177"/>
        <source>Version kept at HQ</source>
        <translation>总部保留的版本</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="180"/>
        <location filename="../../ui/sync_page.py" line="196"/>
        <source>Other version</source>
        <translation>另一版本</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="182"/>
        <location filename="../../ui/sync_page.py" line="224"/>
        <source>Merged text</source>
        <translation>合并后的文本</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="183"/>
        <source>Start from the kept version</source>
        <translation>以保留的版本为起点</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="185"/>
        <source>Start from the other version</source>
        <translation>以另一版本为起点</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="187"/>
        <source> (from this device)</source>
        <translation>（来自本设备）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="191"/>
        <source>Kept at HQ</source>
        <translation>总部保留</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="216"/>
        <source>The field “{field}” was changed in two places before either saw the other. Both versions are kept; write the text that should stand.</source>
        <translation>字段“{field}”在两处被修改，而双方均未看到对方的修改。两个版本均已保留；请写出应采用的文本。</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase.py" line="153"/>
        <source>Too short: use at least {minimum} characters.</source>
        <translation>太短：请至少使用 {minimum} 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="159"/>
        <source>The passphrases do not match.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="163"/>
        <source>Type the passphrase again.</source>
        <translation>请再次输入密码短语。</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="180"/>
        <source>At least {minimum} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>至少 {minimum} 个字符。几个互不相关的词语既容易记住，又难以猜到。</translation>
    </message>
</context>
<context>
    <name>ObjectivesDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="540"/>
        <source>Objectives of the strategy</source>
        <translation>战略目标</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="543"/>
        <source>Choose an objective to change its wording or remove it, or type a new one and add it. Saving makes a new version of the strategy.</source>
        <translation>选择一个目标以修改其措辞或将其移除，或输入新目标后添加。保存后将生成战略的新版本。</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="550"/>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="554"/>
        <location filename="../../ui/situation_dialogs.py" line="569"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="555"/>
        <source>What the strategy aims at</source>
        <translation>战略所要达到的目的</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="556"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="558"/>
        <source>Change wording</source>
        <translation>修改措辞</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="559"/>
        <source>Change the wording of the objective</source>
        <translation>修改目标的措辞</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="561"/>
        <location filename="../../ui/situation_dialogs.py" line="652"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="562"/>
        <source>Remove the objective</source>
        <translation>移除该目标</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/situation_dialogs.py" line="585"/>
        <source>{objective} (%n action(s))</source>
        <translation>
            <numerusform>{objective}（%n 项行动）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="604"/>
        <source>is required: write what the strategy aims at</source>
        <translation>为必填项：请写明战略所要达到的目的</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="606"/>
        <source>is longer than {count} characters</source>
        <translation>超过 {count} 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="609"/>
        <source>Objective: {reason}</source>
        <translation>目标：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="640"/>
        <source>Remove the objective?</source>
        <translation>移除该目标？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/situation_dialogs.py" line="643"/>
        <source>%n action(s) serve this objective: {actions}. They stay in the strategy, with no objective.</source>
        <translation>
            <numerusform>有 %n 项行动服务于该目标：{actions}。这些行动仍保留在战略中，但不再对应任何目标。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="653"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="485"/>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="488"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="502"/>
        <source>{field}: precision</source>
        <translation>{field}：精确度</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/progress_dialog.py" line="288"/>
        <source>Saving cancelled; no file was written.</source>
        <translation>保存已取消；未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/progress_dialog.py" line="118"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="121"/>
        <source>What is being done</source>
        <translation>正在进行的工作</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="124"/>
        <source>Cancel status</source>
        <translation>取消状态</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="126"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="127"/>
        <source>Cancel this work</source>
        <translation>取消此项工作</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="145"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="154"/>
        <source>Stopping at the next safe point; nothing half-done is kept.</source>
        <translation>将在下一个安全点停止；不会保留任何未完成的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="168"/>
        <source>{what}: {done} of {total}</source>
        <translation>{what}：{done} / {total}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="177"/>
        <source>{what}: {done}</source>
        <translation>{what}：{done}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="194"/>
        <source>Checking rows</source>
        <translation>正在检查各行</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="195"/>
        <source>Importing records</source>
        <translation>正在导入记录</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="196"/>
        <source>Writing records</source>
        <translation>正在写出记录</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="197"/>
        <source>Gathering the report&apos;s figures</source>
        <translation>正在汇集报告数据</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="198"/>
        <source>Drawing pages</source>
        <translation>正在绘制页面</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="199"/>
        <source>Copying the records under the new key</source>
        <translation>正在以新密钥复制记录</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="200"/>
        <source>Putting the new key in force</source>
        <translation>正在启用新密钥</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="201"/>
        <source>Changes received from HQ</source>
        <translation>从总部收到的更改</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="202"/>
        <source>Files received from HQ</source>
        <translation>从总部收到的文件</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="209"/>
        <source>Cannot be cancelled now: the copy under the new key is being put in place, and stopping half-way would not be safe.</source>
        <translation>现在无法取消：正在将新密钥下的副本放置到位，中途停止并不安全。</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="213"/>
        <source>Cannot be cancelled now: the user&apos;s key slot is being removed, and the key change that follows must finish.</source>
        <translation>现在无法取消：正在删除该用户的密钥槽，随后的密钥更换必须完成。</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="216"/>
        <source>Cannot be cancelled now: this step must finish.</source>
        <translation>现在无法取消：此步骤必须完成。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../ui/report/strings.py" line="15"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="16"/>
        <source>Generated {when}</source>
        <translation>生成于 {when}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="17"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="18"/>
        <source>Reference of the report&apos;s content: two prints with the same reference say the same thing.</source>
        <translation>报告内容的参考值：参考值相同的两份打印件内容相同。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="22"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="23"/>
        <source>Reporting period</source>
        <translation>报告所述期间</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="24"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="25"/>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="26"/>
        <source>{title} (continued)</source>
        <translation>{title}（续）</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="27"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="28"/>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="29"/>
        <source>fewer than {threshold}</source>
        <translation>少于 {threshold}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="32"/>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="33"/>
        <source>United Nations</source>
        <translation>联合国</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="34"/>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="35"/>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="38"/>
        <source>Key figures</source>
        <translation>主要数字</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="39"/>
        <source>Incidents over time</source>
        <translation>事件随时间的变化</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="40"/>
        <source>Violations by type and region</source>
        <translation>按类型和地区分列的侵权行为</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="41"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="42"/>
        <source>Key incidents</source>
        <translation>主要事件</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="43"/>
        <source>Risk assessment</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="44"/>
        <source>Prevention and response actions</source>
        <translation>预防和应对行动</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="45"/>
        <source>Sources and methodology</source>
        <translation>来源和方法</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="48"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="49"/>
        <source>Acts of violation</source>
        <translation>侵权行为次数</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="50"/>
        <source>Victims</source>
        <translation>受害者人数</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="51"/>
        <source>By violation type</source>
        <translation>按侵权行为类型分列</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="52"/>
        <source>By verification level</source>
        <translation>按核实级别分列</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="53"/>
        <source>Victims by sex and age</source>
        <translation>按性别和年龄分列的受害者</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="54"/>
        <source>Violation type</source>
        <translation>侵权行为类型</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="55"/>
        <source>Verification level</source>
        <translation>核实级别</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="56"/>
        <source>Sex / age</source>
        <translation>性别/年龄</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="57"/>
        <source>No incidents in this period.</source>
        <translation>本期间内无事件。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="59"/>
        <source>By country</source>
        <translation>按国家</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="60"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="61"/>
        <source>This report covers {count} countries: {countries}. Each country&apos;s figures are counted and withheld by the same rules as the totals, and what is left out is counted over all of them.</source>
        <translation>本报告涵盖 {count} 个国家：{countries}。各国的数字按与总数相同的规则计算和隐藏，未纳入本报告的内容按所有这些国家合计。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="68"/>
        <source>Incidents per week</source>
        <translation>每周事件数</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="69"/>
        <source>Incidents per month</source>
        <translation>每月事件数</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="70"/>
        <source>Week starting</source>
        <translation>周起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="71"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="72"/>
        <source>Hatched segments stand for fewer than {threshold} incidents; they are drawn at a nominal height of {height}.</source>
        <translation>斜线阴影部分表示少于 {threshold} 起事件；这些部分按名义高度 {height} 绘制。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="78"/>
        <source>Rows: violation type; columns: first-level administrative area.</source>
        <translation>行：侵权行为类型；列：一级行政区。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="81"/>
        <source>×: withheld, so that a small count cannot be worked out from the totals.</source>
        <translation>×：不予显示，以免从合计数中推算出较小的计数。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="85"/>
        <source>Incidents by area</source>
        <translation>按地区分列的事件</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="86"/>
        <source>None recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="87"/>
        <source>Incident location</source>
        <translation>事件地点</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="88"/>
        <source>No boundary data for {areas}</source>
        <translation>无 {areas} 的边界数据</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="89"/>
        <source>Offline boundaries: Natural Earth.</source>
        <translation>离线边界数据：Natural Earth。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="90"/>
        <source>The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.</source>
        <translation>本地图所示边界和名称及所用称谓并不意味着联合国正式认可或接受。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="95"/>
        <source>No map data for this period.</source>
        <translation>本期间内无地图数据。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="97"/>
        <location filename="../../ui/report/timeline.py" line="75"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="98"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="99"/>
        <source>Violations</source>
        <translation>侵权行为</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="100"/>
        <source>Verification</source>
        <translation>核实</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="101"/>
        <source>Named persons</source>
        <translation>具名人员</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="102"/>
        <source>No key incidents in this period.</source>
        <translation>本期间内无主要事件。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="103"/>
        <source>Incidents not listed one by one, as listing them would reveal a figure too small to publish: {count}.</source>
        <translation>未逐一列出的事件（逐一列出会暴露过小而不宜公布的数字）：{count}。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="108"/>
        <source>Incidents in this report with no summary cleared for partners and the public (none is printed for them): {count}.</source>
        <translation>本报告中没有经批准可向伙伴和公众提供的摘要的事件（不为其打印任何摘要）：{count}。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="113"/>
        <source>Summaries cleared by their author alone, in an office with a single user: {count}.</source>
        <translation>在只有一名用户的办事处由作者本人批准的摘要：{count}。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="116"/>
        <source>Incidents approved in review by their own author, in an office with a single user: {count}.</source>
        <translation>在单用户办公室中由作者本人审查批准的事件：{count}。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="121"/>
        <source>Assessed on {date}</source>
        <translation>评估日期：{date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="122"/>
        <source>previous assessment {date}</source>
        <translation>上次评估：{date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="123"/>
        <source>first assessment</source>
        <translation>首次评估</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="124"/>
        <source>Overall level: {level}</source>
        <translation>总体级别：{level}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="125"/>
        <source>Risk factor</source>
        <translation>风险因素</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="126"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="127"/>
        <source>Previous level</source>
        <translation>上次级别</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="128"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="129"/>
        <source>No risk assessment in this period.</source>
        <translation>本期间内无风险评估。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="131"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="132"/>
        <source>Pillar</source>
        <translation>支柱</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="133"/>
        <source>Lead / owner</source>
        <translation>牵头方/负责人</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="134"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="135"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="136"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="59"/>
        <source>Quarterly review</source>
        <translation>季度审查</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="60"/>
        <source>Quarter {quarter}: {start} to {end}</source>
        <translation>季度 {quarter}：{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="61"/>
        <source>As of {date}</source>
        <translation>截至 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="62"/>
        <source>Situations in order of attention</source>
        <translation>按关注程度排列的局势</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="64"/>
        <source>Points: {deterioration} per deterioration signal, {risk_up} per risk factor assessed higher, {late_actions} per late action, {blocked_actions} per blocked action, {late_decisions} per late decision of the quarter before, {incidents_added} per ten incidents added.</source>
        <translation>计分：每个恶化信号 {deterioration} 分，每个评估级别上升的风险因素 {risk_up} 分，每项逾期行动 {late_actions} 分，每项受阻行动 {blocked_actions} 分，上一季度每项逾期决定 {late_decisions} 分，每新增十起事件 {incidents_added} 分。</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="72"/>
        <source>Situation</source>
        <translation>局势</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="73"/>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="74"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="75"/>
        <source>No situation of concern.</source>
        <translation>没有令人关切的局势。</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="76"/>
        <source>Nothing calls for attention this quarter.</source>
        <translation>本季度没有需要关注的事项。</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="78"/>
        <source>deterioration signals: {count}</source>
        <translation>恶化信号：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="79"/>
        <source>risk factors assessed higher: {count}</source>
        <translation>评估级别上升的风险因素：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="80"/>
        <source>late actions: {count}</source>
        <translation>逾期行动：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="81"/>
        <source>blocked actions: {count}</source>
        <translation>受阻行动：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="82"/>
        <source>late decisions: {count}</source>
        <translation>逾期决定：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="83"/>
        <source>incidents added: {count}</source>
        <translation>新增事件：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="85"/>
        <source>The situations</source>
        <translation>各局势</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="86"/>
        <source>Risk changes</source>
        <translation>风险变化</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="87"/>
        <source>Deterioration signals</source>
        <translation>恶化信号</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="89"/>
        <source>{scope}: {count} incidents in the last weeks, {ratio} times the usual level</source>
        <translation>{scope}：最近几周 {count} 起事件，为通常水平的 {ratio} 倍</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="94"/>
        <source>{scope}: {count} incidents in the last weeks, where there were none before</source>
        <translation>{scope}：最近几周 {count} 起事件，此前没有</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="98"/>
        <source>All incidents</source>
        <translation>所有事件</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="99"/>
        <source>Late actions</source>
        <translation>逾期行动</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="100"/>
        <source>Blocked actions</source>
        <translation>受阻行动</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="101"/>
        <source>Incidents added in the quarter: {count}</source>
        <translation>本季度新增事件：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="102"/>
        <source>Engagements of the quarter</source>
        <translation>本季度的交涉</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="103"/>
        <source>Engagement</source>
        <translation>交涉</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="104"/>
        <source>Asked / answered</source>
        <translation>所提要求/答复</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="105"/>
        <source>Follow-up due</source>
        <translation>后续跟进截止</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="106"/>
        <source>{un_by} with {with_whom}</source>
        <translation>{un_by} 与 {with_whom}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="107"/>
        <source>Decisions of this quarter</source>
        <translation>本季度的决定</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="108"/>
        <source>No decision recorded.</source>
        <translation>没有记录任何决定。</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="109"/>
        <source>Decisions of {quarter}, as of {date}</source>
        <translation>{quarter} 的决定，截至 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="110"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="111"/>
        <source>Entity / person</source>
        <translation>实体/人员</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="112"/>
        <source>State</source>
        <translation>状况</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="113"/>
        <source>Set by {user} on {date}</source>
        <translation>由 {user} 于 {date} 设定</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="114"/>
        <source>Strategy action: {title}</source>
        <translation>战略行动：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="116"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="117"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="118"/>
        <location filename="../../ui/report/strings.py" line="137"/>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="119"/>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../ui/report/review_pack.py" line="120"/>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="138"/>
        <source>Actions: {actions}; overdue: {overdue}; blocked: {blocked}.</source>
        <translation>行动：{actions} 项；逾期：{overdue} 项；受阻：{blocked} 项。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="141"/>
        <source>No actions in this period.</source>
        <translation>本期间内无行动。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="143"/>
        <source>Sources by type</source>
        <translation>按类型分列的来源</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="144"/>
        <source>Source type</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="145"/>
        <source>No sources in this period.</source>
        <translation>本期间内无来源。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="146"/>
        <source>Methodology</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="147"/>
        <source>To protect the people concerned, counts from 1 to {below} are shown as “&lt;{threshold}”.</source>
        <translation>为保护相关人员，1 至 {below} 的计数显示为“&lt;{threshold}”。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="152"/>
        <source>This report is for internal use: every count is shown in full.</source>
        <translation>本报告仅供内部使用：所有计数均完整显示。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="157"/>
        <source>What this report leaves out</source>
        <translation>本报告未纳入的内容</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="158"/>
        <source>Not in these figures: {count} incidents of the period and scope, left out for this audience (see “What this report leaves out”).</source>
        <translation>以下事件未计入这些数字：本期间和范围内的 {count} 起事件，因受众原因未纳入（见“本报告未纳入的内容”）。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="163"/>
        <source>Of the {total} incidents recorded for this period and scope, {included} are counted in this report.</source>
        <translation>在本期间和范围内记录的 {total} 起事件中，本报告计入 {included} 起。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="168"/>
        <source>Incidents of this period and scope counted in this report: {included}.</source>
        <translation>本报告计入的本期间和范围内的事件：{included}。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="171"/>
        <source>No incident of this period and scope is left out of this report.</source>
        <translation>本期间和范围内的事件均已纳入本报告。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="174"/>
        <source>Left out as drafts, not yet submitted for review: {count}.</source>
        <translation>因属尚未提交审核的草稿而未纳入：{count}。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="177"/>
        <source>Left out as more confidential than this report&apos;s audience: {count}.</source>
        <translation>因保密级别高于本报告受众而未纳入：{count}。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="180"/>
        <source>Left out as found false or rejected: {count}.</source>
        <translation>因被认定为虚假或被驳回而未纳入：{count}。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="181"/>
        <source>Counted in the figures but told without an account, as no summary was cleared for partners and the public: {count}.</source>
        <translation>已计入数字但未附叙述，因为没有经审定供合作伙伴和公众阅读的摘要：{count}。</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="187"/>
        <source>Report no. {number}</source>
        <translation>报告编号 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="188"/>
        <source>Information as of {date}</source>
        <translation>信息截至 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="189"/>
        <source>Next report: {date}</source>
        <translation>下期报告：{date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="190"/>
        <source>Highlights</source>
        <translation>要点</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="191"/>
        <source>Overview</source>
        <translation>概述</translation>
    </message>
    <message>
        <location filename="../../ui/report/strings.py" line="192"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="67"/>
        <source>Warning-to-action timeline</source>
        <translation>从预警到行动的时间线</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="68"/>
        <source>{name}, as of {date}</source>
        <translation>{name}，截至 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="69"/>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="70"/>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="71"/>
        <source>Escalation</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="72"/>
        <source>First warning</source>
        <translation>首次预警</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="73"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="74"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="76"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="77"/>
        <source>From the first warning to action</source>
        <translation>从首次预警到行动</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="78"/>
        <source>From the first warning to</source>
        <translation>从首次预警到</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="79"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="80"/>
        <source>open: {days} days so far</source>
        <translation>未结：迄今 {days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="81"/>
        <source>open: no warning yet</source>
        <translation>未结：尚无预警</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="82"/>
        <source>After-action review (draft)</source>
        <translation>事后审查（草稿）</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="83"/>
        <source>Nothing on the timeline yet.</source>
        <translation>时间线上尚无内容。</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="85"/>
        <source>First incident at {standard}</source>
        <translation>首个达到{standard}的事件</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="86"/>
        <source>Risk factor at {level}: {factor}</source>
        <translation>风险因素为{level}：{factor}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="87"/>
        <source>Deterioration signal</source>
        <translation>恶化信号</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="88"/>
        <source>First engagement: {channel}</source>
        <translation>首次接触：{channel}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="89"/>
        <source>First action at {level} level</source>
        <translation>首个{level}行动</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="90"/>
        <source>Escalation to {to}</source>
        <translation>升级至{to}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="92"/>
        <source>the first engagement</source>
        <translation>首次接触</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="93"/>
        <source>the first strategy action</source>
        <translation>首个战略行动</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="94"/>
        <source>the first action at {level} level</source>
        <translation>首个{level}行动</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="95"/>
        <source>the first engagement through {channel}</source>
        <translation>首次通过{channel}的接触</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="97"/>
        <source>incident {id}</source>
        <translation>事件 {id}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="98"/>
        <source>assessment {id}, version {version}</source>
        <translation>评估 {id}，第 {version} 版</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="99"/>
        <source>strategy version {version}, action {action}</source>
        <translation>战略第 {version} 版，行动 {action}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="100"/>
        <source>engagement {id}</source>
        <translation>接触 {id}</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="101"/>
        <source>signals as of {date}</source>
        <translation>截至 {date} 的信号</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="103"/>
        <source>First warning on {date}: {what} (source: {source}).</source>
        <translation>首次预警于 {date}：{what}（来源：{source}）。</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="104"/>
        <source>To {what}: {days} days, on {date} (source: {source}).</source>
        <translation>至{what}：{days} 天，于 {date}（来源：{source}）。</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="105"/>
        <source>To {what}: it came {days} days before the warning, on {date} (source: {source}).</source>
        <translation>至{what}：早于预警 {days} 天，于 {date}（来源：{source}）。</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="108"/>
        <source>To {what}: not yet as of {date}, {days} days since the first warning.</source>
        <translation>至{what}：截至 {date} 尚未发生，距首次预警已 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../ui/report/timeline.py" line="111"/>
        <source>No warning as of {date}: no risk factor at high or severe, no deterioration signal, no incident at reasonable grounds or above.</source>
        <translation>截至 {date} 无预警：无高或严重级别的风险因素，无恶化信号，无达到合理理由或以上标准的事件。</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="63"/>
        <source>Places where signals rise that no situation covers</source>
        <translation>信号上升但无任何局势涵盖的地点</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="64"/>
        <source>What the United Nations asks of Member States</source>
        <translation>联合国对会员国的要求</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="65"/>
        <source>Verified figures</source>
        <translation>经核实的数字</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="66"/>
        <source>Engagement with the State</source>
        <translation>与国家的接触</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="67"/>
        <source>Incidents of the period verified at “{standard}” or above, from {start} to {end}.</source>
        <translation>本期间核实级别为“{standard}”或以上的事件，{start}至{end}。</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="70"/>
        <source>Countries: {countries}</source>
        <translation>国家：{countries}</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="71"/>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="72"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="74"/>
        <source>higher</source>
        <translation>上升</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="75"/>
        <source>lower</source>
        <translation>下降</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="76"/>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="77"/>
        <source>newly assessed</source>
        <translation>新评估</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="80"/>
        <source>No risk assessment up to {date}.</source>
        <translation>截至{date}无风险评估。</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="81"/>
        <source>No deterioration signal as of {date}.</source>
        <translation>截至{date}无恶化信号。</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="82"/>
        <source>No strategy action recorded.</source>
        <translation>未记录任何战略行动。</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="83"/>
        <source>No engagement recorded in the period.</source>
        <translation>本期间未记录任何接触。</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="84"/>
        <source>None was written for this briefing.</source>
        <translation>本次通报未撰写此部分。</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="85"/>
        <source>Risk assessments, strategies, the warning-to-action timeline and the horizon scan are United Nations planning documents: a briefing for this audience leaves them out.</source>
        <translation>风险评估、战略、从预警到行动的时间线和前瞻性扫描是联合国的规划文件：面向此类受众的通报不包含这些内容。</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="90"/>
        <source>Horizon scan as of {date}, over every place the records hold: {flagged} places flagged, {uncovered} of them covered by no situation of concern.</source>
        <translation>截至{date}的前瞻性扫描，涵盖记录中的所有地点：标记{flagged}个地点，其中{uncovered}个未被任何关切局势涵盖。</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="95"/>
        <source>For {countries}, the scan ran on HQ&apos;s weekly counts over all of the scope&apos;s records (as of {date}), small weeks suppressed.</source>
        <translation>对于{countries}，扫描依据总部对该范围内全部记录的每周计数（截至{date}），小数周已隐去。</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="100"/>
        <source>≥: the place&apos;s series includes a small week HQ suppressed, counted as the least it can be in the last 4 weeks and the most before: the rise is at least as shown.</source>
        <translation>≥：该地点的序列包含总部隐去的一个小数值周，在最近 4 周按可能的最小值计，之前按最大值计：上升至少如所示。</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="105"/>
        <source>Every place the scan flagged is covered by a situation.</source>
        <translation>扫描标记的每个地点都已被某一局势涵盖。</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="106"/>
        <source>Acts, last 4 weeks</source>
        <translation>最近4周的行为</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="107"/>
        <source>Times the usual level</source>
        <translation>为通常水平的倍数</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="108"/>
        <source>Of them at the standard of proof</source>
        <translation>其中达到证明标准的</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="109"/>
        <source>partly covered by {names}</source>
        <translation>部分涵盖于：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="110"/>
        <source>all types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../ui/report/briefing.py" line="111"/>
        <source>No situation of concern in this scope and period.</source>
        <translation>此范围和期间内无关切局势。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports_page.py" line="101"/>
        <location filename="../../ui/reports_page.py" line="106"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="102"/>
        <location filename="../../ui/reports_page.py" line="108"/>
        <source>Situation of concern</source>
        <translation>令人关切的局势</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="125"/>
        <source>Standard template</source>
        <translation>标准模板</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="126"/>
        <source>Template…</source>
        <translation>模板…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="99"/>
        <location filename="../../ui/reports_page.py" line="130"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="100"/>
        <location filename="../../ui/reports_page.py" line="131"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="111"/>
        <source>Several countries</source>
        <translation>多个国家</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="112"/>
        <source>All countries held</source>
        <translation>所持有的全部国家</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="114"/>
        <source>Countries held on this device</source>
        <translation>本设备上持有的国家</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="135"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="145"/>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="146"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="150"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="153"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="154"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="155"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="166"/>
        <source>What each audience may read is decided before the report is drawn: incidents by their confidentiality, names by consent, places by the record&apos;s precision, and small counts hidden outside internal reports.</source>
        <translation>各类受众可阅读的内容在生成报告之前即已确定：事件取决于其保密级别，姓名取决于是否获得同意，地点取决于记录的精确度；非内部报告中的较小计数将被隐去。</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="184"/>
        <source>Kind of report</source>
        <translation>报告类型</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="185"/>
        <source>Situation &amp;report</source>
        <translation>局势报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="186"/>
        <source>&amp;Briefing pack</source>
        <translation>通报材料(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="240"/>
        <source>Report template</source>
        <translation>报告模板</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="240"/>
        <source>Templates (*.json)</source>
        <translation>模板 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="252"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="254"/>
        <source>One highlight per line</source>
        <translation>每行一条要点</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="260"/>
        <source>Report number</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="261"/>
        <source>Information as of</source>
        <translation>信息截至</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="262"/>
        <source>Highlights</source>
        <translation>要点</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="263"/>
        <source>Overview</source>
        <translation>概述</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="264"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="265"/>
        <source>Next report</source>
        <translation>下期报告</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="316"/>
        <source>Gathering the report…</source>
        <translation>正在汇集报告数据…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="331"/>
        <source>{incidents} incident(s), SHA-256 {digest}</source>
        <translation>{incidents} 起事件，SHA-256 {digest}</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="353"/>
        <source>Report preview</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="384"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="384"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="399"/>
        <source>The report could not be saved.</source>
        <translation>无法保存报告。</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="424"/>
        <source>The report could not be made.</source>
        <translation>无法生成报告。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports_page.py" line="402"/>
        <source>Saved %n page(s).</source>
        <translation>
            <numerusform>已保存 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="367"/>
        <source>Printing the report</source>
        <translation>正在打印报告</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="372"/>
        <source>Printing cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="395"/>
        <source>Saving the report</source>
        <translation>正在保存报告</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/review_page.py" line="151"/>
        <source>Return “{title}” to its author</source>
        <translation>将“{title}”退回作者</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="154"/>
        <source>What should the author check or change?</source>
        <translation>作者应核对或修改什么？</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="155"/>
        <source>&amp;Comment for the author (required)</source>
        <translation>给作者的意见（必填）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="163"/>
        <source>&amp;Return</source>
        <translation>退回(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="175"/>
        <source>Comment: say what the author should check or change</source>
        <translation>意见：请说明作者应核对或修改什么</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="178"/>
        <source>Comment: at most {n} characters</source>
        <translation>意见：最多 {n} 个字符</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="220"/>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="221"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="222"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="223"/>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="224"/>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="227"/>
        <source>deterioration signals: {count}</source>
        <translation>恶化信号：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="228"/>
        <source>risk factors assessed higher: {count}</source>
        <translation>评估级别上升的风险因素：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="229"/>
        <source>late actions: {count}</source>
        <translation>逾期行动：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="230"/>
        <source>blocked actions: {count}</source>
        <translation>受阻行动：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="231"/>
        <source>late decisions: {count}</source>
        <translation>逾期决定：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="232"/>
        <source>incidents added: {count}</source>
        <translation>新增事件：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="261"/>
        <location filename="../../ui/review_dialog.py" line="276"/>
        <location filename="../../ui/review_dialog.py" line="525"/>
        <source>Quarterly review</source>
        <translation>季度审查</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="267"/>
        <source>Internal: the country team</source>
        <translation>内部：国家工作队</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="268"/>
        <source>United Nations system</source>
        <translation>联合国系统</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="270"/>
        <source>Who the review is for: for the UN, names it may not read are left out</source>
        <translation>审查的受众：对联合国，不得阅读的姓名会被略去</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="278"/>
        <location filename="../../ui/review_dialog.py" line="289"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="278"/>
        <source>For</source>
        <translation>受众</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="286"/>
        <location filename="../../ui/review_dialog.py" line="311"/>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="290"/>
        <source>Situation</source>
        <translation>局势</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="291"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="292"/>
        <source>Entity / person</source>
        <translation>实体/人员</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="293"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="294"/>
        <source>State, who and why</source>
        <translation>状况、由谁、原因</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="305"/>
        <source>Add decision…</source>
        <translation>添加决定…</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="307"/>
        <source>Change status…</source>
        <translation>更改状态…</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="332"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="333"/>
        <source>Copy the review as text, to paste elsewhere</source>
        <translation>将审查复制为文本，以便粘贴到别处</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="334"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="335"/>
        <source>Save as JSON…</source>
        <translation>另存为 JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="373"/>
        <source>The decision is recorded.</source>
        <translation>决定已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="382"/>
        <source>The decision&apos;s status is saved.</source>
        <translation>决定的状态已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="394"/>
        <source>The review is on the clipboard.</source>
        <translation>审查已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="401"/>
        <source>Save the quarterly review</source>
        <translation>保存季度审查</translation>
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
        <translation>将季度审查保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="413"/>
        <source>review-{quarter}.pdf</source>
        <translation>review-{quarter}.pdf</translation>
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
        <translation>审查未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="436"/>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="458"/>
        <source>Saved to {path} (SHA-256 {hash}).</source>
        <translation>已保存到 {path}（SHA-256 {hash}）。</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="489"/>
        <source>The review could not be built.</source>
        <translation>无法生成审查。</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="511"/>
        <source>by {user} on {date}</source>
        <translation>由 {user} 于 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="531"/>
        <source>No situation of concern.</source>
        <translation>没有令人关切的局势。</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="533"/>
        <source>Deterioration</source>
        <translation>恶化</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="542"/>
        <source>{points} points: {reasons}</source>
        <translation>{points} 分：{reasons}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="552"/>
        <source>Risk: {factor}: {old} → {new}</source>
        <translation>风险：{factor}：{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="562"/>
        <source>all incidents</source>
        <translation>所有事件</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="574"/>
        <source>Overdue: {title} (due {due}, lead {lead})</source>
        <translation>逾期：{title}（截止日期 {due}，牵头方 {lead}）</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="585"/>
        <source>Blocked: {title}</source>
        <translation>受阻：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="588"/>
        <source>Incidents added: {count}</source>
        <translation>新增事件：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="595"/>
        <source>Engagement on {date}: {type}, {un_by} with {with_whom}</source>
        <translation>{date} 的交涉：{type}，{un_by} 与 {with_whom}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="609"/>
        <source>Decision: {text} ({who}, due {due}): {state}</source>
        <translation>决定：{text}（{who}，截止 {due}）：{state}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="621"/>
        <source>Decisions of {quarter}, as of {date}</source>
        <translation>{quarter} 的决定，截至 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="627"/>
        <source>No decision recorded.</source>
        <translation>没有记录任何决定。</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="633"/>
        <source>{situation}: {text} ({who}, due {due}): {state}</source>
        <translation>{situation}：{text}（{who}，截止 {due}）：{state}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/review_page.py" line="255"/>
        <source>Waiting for my review</source>
        <translation>等待我审查</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="256"/>
        <source>All submitted records</source>
        <translation>所有已提交的记录</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="257"/>
        <source>Returned to me</source>
        <translation>退回给我的</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="258"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="265"/>
        <source>Records in review</source>
        <translation>审查中的记录</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="275"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="276"/>
        <source>A&amp;pprove…</source>
        <translation>批准(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="277"/>
        <source>Re&amp;turn to author…</source>
        <translation>退回作者(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="278"/>
        <source>Assi&amp;gn…</source>
        <translation>分派(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="350"/>
        <location filename="../../ui/review_page.py" line="357"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="351"/>
        <location filename="../../ui/review_page.py" line="358"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="352"/>
        <location filename="../../ui/review_page.py" line="359"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="353"/>
        <source>Returned by</source>
        <translation>退回人</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="354"/>
        <source>Reviewer&apos;s comment</source>
        <translation>审查人意见</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="360"/>
        <source>Submitted by</source>
        <translation>提交人</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="361"/>
        <source>Assigned to</source>
        <translation>分派给</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="374"/>
        <source>(no one)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="375"/>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="394"/>
        <source>{n} record(s) waiting for your review.</source>
        <translation>{n} 条记录等待您审查。</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="395"/>
        <source>{n} submitted record(s) in this store.</source>
        <translation>本存储中有 {n} 条已提交的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="396"/>
        <source>{n} record(s) returned to you: open one to work on it.</source>
        <translation>有 {n} 条记录退回给您：打开一条进行处理。</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="399"/>
        <source>Nothing is waiting for your review.</source>
        <translation>没有等待您审查的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="400"/>
        <source>No record is waiting for review.</source>
        <translation>没有等待审查的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="401"/>
        <source>No record was returned to you.</source>
        <translation>没有退回给您的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="423"/>
        <source>Could not do it ({kind}); nothing was changed.</source>
        <translation>无法完成（{kind}）；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="465"/>
        <source>Approved “{title}” ({standard}).</source>
        <translation>已批准“{title}”（{standard}）。</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="478"/>
        <source>Returned “{title}” to its author.</source>
        <translation>已将“{title}”退回作者。</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="491"/>
        <source>Assigned “{title}” to {user}.</source>
        <translation>已将“{title}”分派给 {user}。</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="493"/>
        <source>“{title}” is open to any reviewer.</source>
        <translation>“{title}”可由任何审查人审查。</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <location filename="../../ui/incident_editor/rows.py" line="48"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/rows.py" line="110"/>
        <source>{mask} (protected)</source>
        <translation>{mask}（受保护）</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <location filename="../../ui/incident_editor/rows.py" line="231"/>
        <source>Remove {row}</source>
        <translation>删除{row}</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Sample data — not a real store</source>
        <translation>示例数据 — 并非真实存储库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Every record here is fictitious. What you type stays in this sample folder and can never be sent to HQ.</source>
        <translation>此处所有记录均为虚构。您输入的内容保留在此示例文件夹中，永远不能发送到总部。</translation>
    </message>
</context>
<context>
    <name>SaveFilterDialog</name>
    <message>
        <location filename="../../ui/incident_list.py" line="125"/>
        <source>Save the filters</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="127"/>
        <source>Name of the filter</source>
        <translation>筛选名称</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list.py" line="135"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="47"/>
        <source>Self-test</source>
        <translation>自检</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="61"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="65"/>
        <source>&amp;Copy results</source>
        <translation>复制结果(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="66"/>
        <source>Run &amp;again</source>
        <translation>再次运行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="98"/>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="131"/>
        <source>{failed} of {total} checks failed. Copy the results and send them to whoever supports Upfront for your office.</source>
        <translation>{total} 项检查中有 {failed} 项失败。请复制结果并发送给为您办事处提供 Upfront 支持的人员。</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_dialog.py" line="141"/>
        <source>Everything works: {total} checks passed or did not apply.</source>
        <translation>一切正常：{total} 项检查已通过或不适用。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="70"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="83"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>Remember me on this device</source>
        <translation>在此设备上记住我</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</source>
        <translation>在本计算机的安全密钥环中保存一个密钥，使 Upfront 无需密码短语即可打开。仅适用于只有您一人使用的计算机。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>This computer has no secure keyring, so Upfront cannot remember you here.</source>
        <translation>本计算机没有安全密钥环，因此 Upfront 无法在此记住您。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119"/>
        <source>The standard folder for this computer</source>
        <translation>本计算机的标准文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="139"/>
        <source>Applies when Upfront next starts.</source>
        <translation>Upfront 下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>The whole window, at once.</source>
        <translation>整个窗口，立即生效。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="142"/>
        <source>Upfront locks itself after this long without keyboard or mouse input.</source>
        <translation>无键盘或鼠标输入达到此时长后，Upfront 将自动锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="145"/>
        <source>Locks at once, from any Upfront window.</source>
        <translation>在任何 Upfront 窗口中均可立即锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="148"/>
        <source>Applies when Upfront next starts. Move keys.json and upfront.db there yourself, together.</source>
        <translation>Upfront 下次启动时生效。请自行将 keys.json 和 upfront.db 一起移至该处。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>{variable} is set and takes precedence.</source>
        <translation>已设置 {variable}，该设置优先。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="158"/>
        <source>Not available: this computer has no secure keyring.</source>
        <translation>不可用：本计算机没有安全密钥环。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="166"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="167"/>
        <source>&amp;Text size:</source>
        <translation>文字大小(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="168"/>
        <source>Lock when &amp;idle for:</source>
        <translation>闲置多久后锁定(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="169"/>
        <source>&amp;Panic key:</source>
        <translation>紧急锁定键(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="171"/>
        <source>&amp;Data folder:</source>
        <translation>数据文件夹(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="209"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="218"/>
        <source>Use Ctrl, Alt or a function key, or typing would lock Upfront.</source>
        <translation>请使用 Ctrl、Alt 或功能键，否则键入文字时会锁定 Upfront。</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="54"/>
        <location filename="../../ui/shortcuts_dialog.py" line="58"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="59"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="59"/>
        <source>What</source>
        <translation>功能</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="59"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="75"/>
        <source>Every command has a menu entry; these keys reach the most used ones. In a menu or a form, the underlined letter with Alt does the same.</source>
        <translation>每个命令都有菜单项；这些按键可直达最常用的命令。在菜单或表单中，Alt 加带下划线的字母也有同样作用。</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="84"/>
        <source>Everywhere</source>
        <translation>所有位置</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="86"/>
        <source>Next field or button</source>
        <translation>下一个字段或按钮</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="87"/>
        <source>Previous field or button</source>
        <translation>上一个字段或按钮</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="88"/>
        <source>The field or button whose letter is underlined</source>
        <translation>字母带下划线的字段或按钮</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="89"/>
        <source>Open the list entry chosen, press the default button</source>
        <translation>打开所选列表项，按下默认按钮</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="90"/>
        <source>Close a dialog (it asks first when something would be lost)</source>
        <translation>关闭对话框（如会丢失内容，会先询问）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="91"/>
        <source>This sheet</source>
        <translation>本列表</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="109"/>
        <source>Keyboard &amp;shortcuts</source>
        <translation>键盘快捷键(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SignalWords</name>
    <message numerus="yes">
        <location filename="../../ui/signal_words.py" line="41"/>
        <source>%n incident(s) in the last {weeks} weeks</source>
        <translation>
            <numerusform>过去{weeks}周内发生 %n 起事件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="44"/>
        <source>usually {rate} a week in the {weeks} weeks before</source>
        <translation>此前{weeks}周通常每周 {rate} 起</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="51"/>
        <source>{recent}, where there were none in the {weeks} weeks before.</source>
        <translation>{recent}，而此前{weeks}周一起也没有。</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="57"/>
        <source>{recent} ({usual}): {ratio} times the usual weekly level.</source>
        <translation>{recent}（{usual}）：为通常每周水平的 {ratio} 倍。</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="64"/>
        <source>Alert: a rise this large is unlikely to be chance.</source>
        <translation>警报：如此大的上升不太可能是偶然。</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="68"/>
        <source>Alert: above the alert level of {alert} times, and a rise this large is unlikely to be chance.</source>
        <translation>警报：高于 {alert} 倍的警报水平，且如此大的上升不太可能是偶然。</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="76"/>
        <source>No alert: too few incidents to judge (an alert needs at least {least}).</source>
        <translation>无警报：事件太少，无法判断（警报至少需要 {least} 起）。</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="82"/>
        <source>No alert: below the alert level of {alert} times.</source>
        <translation>无警报：低于 {alert} 倍的警报水平。</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="87"/>
        <source>No alert: a rise of this size could still be chance with so few incidents.</source>
        <translation>无警报：事件这么少，这样的上升仍可能是偶然。</translation>
    </message>
    <message>
        <location filename="../../ui/signal_words.py" line="95"/>
        <source>How alerts are raised: the last {recent} weeks are compared with the {baseline} weeks before. An alert needs at least {least} incidents, a weekly level at least {alert} times the usual one, and a rise too large to be chance (less than 1 chance in {odds}; for violation types, taken all together).</source>
        <translation>警报如何产生：将最近{recent}周与此前{baseline}周进行比较。警报需要至少 {least} 起事件、每周水平至少为通常水平的 {alert} 倍，且上升幅度大到不可能是偶然（概率低于 {odds} 分之一；对各侵权类型而言，为合并计算）。</translation>
    </message>
</context>
<context>
    <name>SituationDialog</name>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="438"/>
        <source>Situation of concern</source>
        <translation>令人关切的局势</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="444"/>
        <source>regions, separated by commas (none: all)</source>
        <translation>地区，以逗号分隔（留空：全部）</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="466"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="467"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="468"/>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="469"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="470"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="448"/>
        <location filename="../../ui/situation_dialogs.py" line="471"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="449"/>
        <location filename="../../ui/situation_dialogs.py" line="472"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="473"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/situation_dialogs.py" line="474"/>
        <source>Violation types (none ticked: all)</source>
        <translation>侵权行为类型（未勾选：全部）</translation>
    </message>
</context>
<context>
    <name>SituationsPage</name>
    <message>
        <location filename="../../ui/situations_page.py" line="90"/>
        <source>Situations of concern</source>
        <translation>令人关切的局势</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="102"/>
        <source>Risk factors over time</source>
        <translation>风险因素随时间的变化</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="109"/>
        <source>Actions of the strategy</source>
        <translation>战略行动</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="113"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="114"/>
        <source>Pillar</source>
        <translation>支柱</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="115"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="116"/>
        <source>Lead</source>
        <translation>牵头方</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="117"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="118"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="119"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="131"/>
        <source>New assessment…</source>
        <translation>新建评估…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="133"/>
        <source>Add action…</source>
        <translation>添加行动…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="135"/>
        <source>Edit action…</source>
        <translation>编辑行动…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="138"/>
        <source>Objectives…</source>
        <translation>目标…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="157"/>
        <source>Risk heat map</source>
        <translation>风险热图</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="158"/>
        <location filename="../../ui/situations_page.py" line="634"/>
        <source>Signals</source>
        <translation>信号</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="159"/>
        <source>Strategy</source>
        <translation>战略</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="161"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="165"/>
        <source>Engagement log</source>
        <translation>接触记录</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="166"/>
        <source>Task force and guidance</source>
        <translation>工作队和指导意见</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="168"/>
        <source>Quarterly review…</source>
        <translation>季度审查…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="170"/>
        <source>New situation…</source>
        <translation>新建局势…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="172"/>
        <source>Edit situation…</source>
        <translation>编辑局势…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="181"/>
        <source>Timeline…</source>
        <translation>时间线…</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="183"/>
        <source>From the first warning to action: the situation&apos;s timeline</source>
        <translation>从首次预警到行动：该局势的时间线</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="208"/>
        <source>All confidentiality levels</source>
        <translation>所有保密级别</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="215"/>
        <source>Confidentiality</source>
        <translation>保密级别</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="225"/>
        <source>Charts need Qt&apos;s chart module (PySide6-Addons), which is not installed.</source>
        <translation>图表需要 Qt 图表模块（PySide6-Addons），但该模块尚未安装。</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="236"/>
        <source>Acts per week, by violation type</source>
        <translation>按侵权类型划分的每周行为数</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="241"/>
        <source>Violation types in the chart</source>
        <translation>图表中的侵权类型</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="256"/>
        <location filename="../../ui/situations_page.py" line="394"/>
        <source>Humanitarian figures per week</source>
        <translation>每周人道主义数据</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="259"/>
        <source>Humanitarian figures beside the violations</source>
        <translation>与侵权行为并列的人道主义数据</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="317"/>
        <source>Acts per week, by violation type, to {end}</source>
        <translation>按侵权类型划分的每周行为数，截至{end}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="328"/>
        <source>Week ending on</source>
        <translation>周截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="340"/>
        <source>Acts</source>
        <translation>行为数</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="237"/>
        <location filename="../../ui/situations_page.py" line="346"/>
        <source>Acts by region, last 26 weeks</source>
        <translation>按地区分列的行为数（最近 26 周）</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="348"/>
        <source>(no region)</source>
        <translation>（无地区）</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="366"/>
        <source>{measure} in {place}: {ratio}× the 12 weeks before; {acts}</source>
        <translation>{place} 的 {measure}：为此前 12 周的 {ratio} 倍；{acts}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="370"/>
        <source>acts rose: {types}</source>
        <translation>行为增加：{types}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="372"/>
        <source>no act type rose</source>
        <translation>没有任何行为类型增加</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="376"/>
        <source>No humanitarian series is held for this situation&apos;s places.</source>
        <translation>没有本局势所涉地点的人道主义数据序列。</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="385"/>
        <source>{measure} in {place} ({dataset})</source>
        <translation>{place} 的 {measure}（{dataset}）</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="530"/>
        <source>The situations could not be loaded.</source>
        <translation>无法加载局势。</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="546"/>
        <source>No situation of concern yet. Add one with New situation….</source>
        <translation>尚无值得关注的局势。请用“新建局势…”添加。</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="567"/>
        <source>{status} · {count} incidents · owner {owner}</source>
        <translation>{status} · {count} 起事件 · 负责人：{owner}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="585"/>
        <source>Risk factor</source>
        <translation>风险因素</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="592"/>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="614"/>
        <source>&lt;b&gt;All incidents:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;所有事件：&lt;/b&gt;{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="622"/>
        <source>&lt;b&gt;{type}:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;{type}：&lt;/b&gt;{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="634"/>
        <source>Signals ⚠</source>
        <translation>信号 ⚠</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="638"/>
        <source>No strategy yet.</source>
        <translation>尚无战略。</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="643"/>
        <source>Version {version}. Objectives: {objectives}</source>
        <translation>第 {version} 版。目标：{objectives}</translation>
    </message>
    <message>
        <location filename="../../ui/situations_page.py" line="653"/>
        <source>{status} — overdue</source>
        <translation>{status} — 已逾期</translation>
    </message>
</context>
<context>
    <name>StrategiesPage</name>
    <message>
        <location filename="../../ui/strategies_page.py" line="67"/>
        <location filename="../../ui/strategies_page.py" line="96"/>
        <location filename="../../ui/strategies_page.py" line="122"/>
        <source>Pillar</source>
        <translation>支柱</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="68"/>
        <source>All pillars</source>
        <translation>所有支柱</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="73"/>
        <location filename="../../ui/strategies_page.py" line="101"/>
        <location filename="../../ui/strategies_page.py" line="124"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="74"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="78"/>
        <source>Only overdue or blocked</source>
        <translation>仅显示逾期或受阻</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="85"/>
        <source>No situation has a strategy yet. Add one under Situations.</source>
        <translation>尚无任何局势制定战略。请在“局势”下添加。</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="91"/>
        <source>Actions of every situation&apos;s strategy</source>
        <translation>所有局势战略中的行动</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="94"/>
        <source>Situation</source>
        <translation>局势</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="95"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="97"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="98"/>
        <source>Lead</source>
        <translation>牵头方</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="99"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="100"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="113"/>
        <source>Objectives of its situation…</source>
        <translation>所属局势的目标…</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="154"/>
        <source>The actions could not be loaded.</source>
        <translation>无法加载行动。</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="188"/>
        <source>{status} — overdue</source>
        <translation>{status} — 已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/strategies_page.py" line="214"/>
        <source>{actions} in {situations}; {overdue} overdue, {blocked} blocked</source>
        <translation>{situations}中的{actions}；{overdue} 项逾期，{blocked} 项受阻</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategies_page.py" line="215"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n 项行动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategies_page.py" line="216"/>
        <source>%n situation(s)</source>
        <translation>
            <numerusform>%n 个局势</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/passphrase.py" line="104"/>
        <source>Too short</source>
        <translation>太短</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="105"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="106"/>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="107"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="108"/>
        <source>Strong</source>
        <translation>强</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_page.py" line="271"/>
        <source>HQ</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="272"/>
        <source>Last success</source>
        <translation>上次成功同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="273"/>
        <source>Waiting to go</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="274"/>
        <source>To fetch from HQ</source>
        <translation>待从总部获取</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="275"/>
        <source>Not fetched</source>
        <translation>未获取</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="277"/>
        <source>Last problem</source>
        <translation>上次问题</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="279"/>
        <source>Next attempt</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="281"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="283"/>
        <source>Enrol with HQ…</source>
        <translation>向总部注册…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="290"/>
        <source>Sync progress</source>
        <translation>同步进度</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="303"/>
        <location filename="../../ui/sync_page.py" line="309"/>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="303"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="303"/>
        <source>Needs</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="306"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="309"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="309"/>
        <source>HQ&apos;s reason</source>
        <translation>总部给出的理由</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="304"/>
        <location filename="../../ui/sync_page.py" line="318"/>
        <source>Conflicts to merge</source>
        <translation>待合并的冲突</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="311"/>
        <source>Refused by HQ (quarantine)</source>
        <translation>被总部拒绝（隔离）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="324"/>
        <source>Refused by HQ (quarantine): these changes are kept here and did not block the others</source>
        <translation>被总部拒绝（隔离）：这些更改保留在此处，未妨碍其他更改</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="379"/>
        <source>The sync status could not be read.</source>
        <translation>无法读取同步状态。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="392"/>
        <source>Not enrolled: press Enrol with HQ… and type what HQ gave you</source>
        <translation>未注册：请按“向总部注册…”并输入总部提供的内容</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="399"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="402"/>
        <source>{changes} change(s), {files} file(s)</source>
        <translation>{changes} 项更改，{files} 个文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="409"/>
        <source>%n file(s), {size} left</source>
        <translation>
            <numerusform>%n 个文件，剩余 {size}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="413"/>
        <location filename="../../ui/sync_page.py" line="430"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="420"/>
        <source>%n file(s) HQ refused to send (last on {when}): not for this device&apos;s team or audience, or no longer held at HQ. Their records are here without them.</source>
        <translation>
            <numerusform>总部拒绝发送 %n 个文件（最近一次于 {when}）：这些文件不属于本设备的团队或受众，或总部已不再保存。其记录在此，但不含这些文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="432"/>
        <source>Sync: not set up</source>
        <translation>同步：未设置</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="435"/>
        <source>Sync: {count} waiting</source>
        <translation>同步：{count} 项待发送</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="438"/>
        <source>Sync: %n file(s) to fetch</source>
        <translation>
            <numerusform>同步：%n 个文件待获取</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="440"/>
        <source>Sync: failed, will retry</source>
        <translation>同步：失败，将重试</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="442"/>
        <source>Sync: up to date</source>
        <translation>同步：已是最新</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="450"/>
        <source>HQ says this computer&apos;s clock is {hours} hours ahead. Correct it: HQ treats its time stamps as HQ&apos;s own time.</source>
        <translation>总部报告本计算机的时钟快了 {hours} 小时。请予以更正：总部将本计算机的时间戳视为总部时间。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="463"/>
        <source>merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="489"/>
        <source>when you choose Sync now</source>
        <translation>在您选择“立即同步”时</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="492"/>
        <source>in {seconds} s</source>
        <translation>{seconds} 秒后</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="499"/>
        <source>after enrolment</source>
        <translation>注册之后</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="506"/>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="507"/>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="528"/>
        <source>changes sent: {sent}, received: {received}</source>
        <translation>已发送更改：{sent}，已接收：{received}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="538"/>
        <source>fetching files from HQ: {done} of {total} done, {got} of {size}</source>
        <translation>正在从总部获取文件：已完成 {done} / {total}，{got} / {size}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="540"/>
        <source>files fetched from HQ: {done} of {total} ({got})</source>
        <translation>已从总部获取文件：{done} / {total}（{got}）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="577"/>
        <source>erased on HQ&apos;s order</source>
        <translation>已按总部指令擦除</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="594"/>
        <source>Failed: {problem}</source>
        <translation>失败：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="643"/>
        <source>The merge could not be saved.</source>
        <translation>无法保存合并结果。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="291"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="292"/>
        <source>Cancel this sync</source>
        <translation>取消本次同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="583"/>
        <source>Sync cancelled; what was received is kept, and the next sync goes on from there.</source>
        <translation>同步已取消；已收到的内容会保留，下次同步将从此处继续。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="604"/>
        <source>stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>TaskForceDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="359"/>
        <source>Inter-agency task force</source>
        <translation>机构间工作队</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="362"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="363"/>
        <source>Member entities</source>
        <translation>成员实体</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="364"/>
        <source>Established on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="365"/>
        <source>Situation Response Coordinator</source>
        <translation>局势应对协调员</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="366"/>
        <source>Coordinator&apos;s name</source>
        <translation>协调员姓名</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="367"/>
        <source>Coordinator&apos;s entity</source>
        <translation>协调员所属实体</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="368"/>
        <source>Appointed on</source>
        <translation>任命日期</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="369"/>
        <source>Task force</source>
        <translation>工作队</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="376"/>
        <source>A Situation Response Coordinator is appointed</source>
        <translation>已任命局势应对协调员</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="97"/>
        <source>Warning-to-action timeline</source>
        <translation>从预警到行动的时间线</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="102"/>
        <source>Timeline of warnings and actions</source>
        <translation>预警与行动时间线</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="106"/>
        <source>From the first warning to</source>
        <translation>从首次预警到</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="107"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="108"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="109"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="112"/>
        <source>Intervals from the first warning</source>
        <translation>自首次预警起的间隔</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="118"/>
        <location filename="../../ui/timeline_dialog.py" line="119"/>
        <source>After-action review (draft)</source>
        <translation>事后审查（草稿）</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="132"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="133"/>
        <source>Save JSON…</source>
        <translation>保存 JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="160"/>
        <source>The timeline could not be built.</source>
        <translation>无法生成时间线。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="166"/>
        <source>{name}, as of {date}</source>
        <translation>{name}，截至 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="194"/>
        <source>Save the timeline</source>
        <translation>保存时间线</translation>
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
        <translation>时间线未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_dialog.py" line="216"/>
        <location filename="../../ui/timeline_dialog.py" line="233"/>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="124"/>
        <source>Unlock Upfront</source>
        <translation>解锁 Upfront</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="138"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="139"/>
        <location filename="../../ui/unlock.py" line="321"/>
        <location filename="../../ui/unlock.py" line="325"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="162"/>
        <source>Too many wrong attempts.</source>
        <translation>错误尝试次数过多。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="173"/>
        <source>&amp;Remember me on this device</source>
        <translation>在此设备上记住我(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="179"/>
        <source>Keep a key in this computer&apos;s secure keyring so that Upfront opens without the passphrase. Only for a computer that you alone use.</source>
        <translation>在本计算机的安全密钥环中保存一个密钥，使 Upfront 无需密码短语即可打开。仅适用于只有您一人使用的计算机。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="188"/>
        <source>This computer has no secure keyring (such as Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet), so Upfront cannot remember you here. Enter your passphrase each time.</source>
        <translation>本计算机没有安全密钥环（例如 Windows 凭据管理器、macOS 钥匙串、GNOME Keyring 或 KWallet），因此 Upfront 无法在此记住您。请每次输入密码短语。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="194"/>
        <source>Not available: this computer has no secure keyring.</source>
        <translation>不可用：本计算机没有安全密钥环。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="199"/>
        <location filename="../../ui/unlock.py" line="271"/>
        <source>U&amp;ser:</source>
        <translation>用户(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="201"/>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="206"/>
        <source>Upfront is locked</source>
        <translation>Upfront 已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="208"/>
        <source>The records on this computer are encrypted. Enter your passphrase to open them.</source>
        <translation>本计算机上的记录已加密。请输入密码短语以打开记录。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="220"/>
        <source>Recovery &amp;key:</source>
        <translation>恢复密钥(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="223"/>
        <source>Unlock with the recovery key</source>
        <translation>使用恢复密钥解锁</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="225"/>
        <source>Type the recovery key that was printed or written down when Upfront was set up on this computer. Dashes and spaces are optional, and lower-case letters are fine.</source>
        <translation>请输入在本计算机上设置 Upfront 时打印或抄写下来的恢复密钥。短划线和空格可有可无，也可以使用小写字母。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="238"/>
        <source>Upfront cannot open the records</source>
        <translation>Upfront 无法打开记录</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="244"/>
        <source>If you have a backup copy of the key file (keys.json), put it back in this folder and choose Try again:
{folder}</source>
        <translation>如果您有密钥文件（keys.json）的备份副本，请将其放回此文件夹，然后选择“重试”：
{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="275"/>
        <source>&amp;New passphrase:</source>
        <translation>新密码短语(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="275"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入密码短语(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="279"/>
        <source>Choose a new passphrase</source>
        <translation>设置新密码短语</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="281"/>
        <source>The recovery key was accepted. Choose whose passphrase to replace, or type a new name, and set the passphrase to use from now on. The recovery key stays valid.</source>
        <translation>恢复密钥已被接受。请选择要替换哪位用户的密码短语，或输入新的姓名，然后设置今后使用的密码短语。恢复密钥仍然有效。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="320"/>
        <source>Use recovery key</source>
        <translation>使用恢复密钥</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="324"/>
        <source>Use passphrase</source>
        <translation>使用密码短语</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="328"/>
        <source>Set passphrase and &amp;open</source>
        <translation>设置密码短语并打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="331"/>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="347"/>
        <source>No user has a passphrase for this store. Use the recovery key.</source>
        <translation>此存储库中没有任何用户设置了密码短语。请使用恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="370"/>
        <source>Opening with the key remembered on this device…</source>
        <translation>正在使用此设备上记住的密钥打开…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="394"/>
        <source>Setting the new passphrase…</source>
        <translation>正在设置新密码短语…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="406"/>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="498"/>
        <source>The recovery key is not correct. Nothing was changed.</source>
        <translation>恢复密钥不正确。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="503"/>
        <source>Wrong passphrase for “{user}”. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>“{user}”的密码短语错误。请检查键盘布局和大写锁定键，然后重试。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="549"/>
        <source>You can try again in %n s.</source>
        <translation>
            <numerusform>您可在 %n 秒后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/users_dialog.py" line="144"/>
        <location filename="../../ui/users_dialog.py" line="213"/>
        <source>Users and passphrases</source>
        <translation>用户和密码短语</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="155"/>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="158"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="184"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="191"/>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="192"/>
        <source>&amp;Remove user…</source>
        <translation>删除用户(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="193"/>
        <source>Change &amp;my passphrase…</source>
        <translation>更改我的密码短语(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="217"/>
        <source>Each user opens the records on this computer with a passphrase of their own, and is named as the author of what they record. The recovery key opens the store too; it is not a user and cannot be removed.</source>
        <translation>每位用户用自己的密码短语打开此计算机上的记录，并被记为其所录内容的作者。恢复密钥也能打开存储库；它不是用户，不能删除。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="223"/>
        <source>&amp;Users:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="243"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="245"/>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="245"/>
        <location filename="../../ui/users_dialog.py" line="296"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入密码短语(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="248"/>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="250"/>
        <source>The new user types this passphrase to open Upfront on this computer, and can change it afterwards. Give it to them in person, never by e-mail or message.</source>
        <translation>新用户输入此密码短语即可在此计算机上打开 Upfront，之后可以自行更改。请当面告知，切勿通过电子邮件或消息发送。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="269"/>
        <source>Recovery &amp;key:</source>
        <translation>恢复密钥(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="293"/>
        <source>&amp;Current passphrase:</source>
        <translation>当前密码短语(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="296"/>
        <source>&amp;New passphrase:</source>
        <translation>新密码短语(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="299"/>
        <source>Change the passphrase of “{user}”</source>
        <translation>更改“{user}”的密码短语</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="301"/>
        <source>From now on only the new passphrase opens Upfront for you. If this computer remembered you, it forgets you until you choose to be remembered again.</source>
        <translation>从现在起，只有新的密码短语能为您打开 Upfront。如果此计算机曾记住您，它将忘记您，直到您再次选择让它记住。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="337"/>
        <source>{user} (you)</source>
        <translation>{user}（您）</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="365"/>
        <source>&amp;Add user</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="368"/>
        <source>&amp;Remove and replace the key</source>
        <translation>删除并更换密钥(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="377"/>
        <source>Change pass&amp;phrase</source>
        <translation>更改密码短语(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="431"/>
        <source>Enter the new user&apos;s name.</source>
        <translation>请输入新用户的名称。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="437"/>
        <source>A user named “{user}” already has a passphrase here. Choose another name.</source>
        <translation>名为“{user}”的用户在此已有密码短语。请选择其他名称。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="449"/>
        <source>Enter your current passphrase.</source>
        <translation>请输入您当前的密码短语。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="457"/>
        <source>This is the only user: the store needs at least one. Add another user first, or use the emergency wipe to destroy the store.</source>
        <translation>这是唯一的用户：存储库至少需要一个用户。请先添加另一位用户，或使用紧急擦除销毁存储库。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="462"/>
        <source>You cannot remove yourself while you are using the store. Another user can remove you.</source>
        <translation>您在使用存储库时不能删除自己。可以由其他用户删除您。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="471"/>
        <source>A sync is running. Removing a user replaces the database key, so wait until the sync ends, then try again.</source>
        <translation>正在同步。删除用户会更换数据库密钥，请等待同步结束后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="480"/>
        <source>Select the user to remove.</source>
        <translation>请选择要删除的用户。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="487"/>
        <source>Remove “{user}”?</source>
        <translation>删除“{user}”？</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="491"/>
        <source>Upfront replaces the database key (a key rotation) as it removes “{user}”. Afterwards neither their passphrase nor any copy of the key file they may have kept opens the records on this computer. Every other user&apos;s passphrase and the recovery key go on working as before.

The whole database is rewritten, which can take a while for a large store; nothing is lost if the computer stops meanwhile.</source>
        <translation>删除“{user}”时，Upfront 会更换数据库密钥（密钥轮换）。此后，其密码短语以及其可能保留的任何密钥文件副本都无法再打开此计算机上的记录。其他用户的密码短语和恢复密钥照常有效。

整个数据库将被重写，存储库较大时可能需要一些时间；即使计算机在此期间停止，也不会丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="506"/>
        <source>Needed once: the recovery key was made by an earlier version of Upfront and is converted on the way.</source>
        <translation>仅需一次：恢复密钥由较早版本的 Upfront 创建，将在此过程中一并转换。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="551"/>
        <source>Adding the user…</source>
        <translation>正在添加用户…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="556"/>
        <source>“{user}” can now open Upfront on this computer.</source>
        <translation>“{user}”现在可以在此计算机上打开 Upfront。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="581"/>
        <source>Enter the recovery key.</source>
        <translation>请输入恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="585"/>
        <source>Removing “{user}” and replacing the key…</source>
        <translation>正在删除“{user}”并更换密钥…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="602"/>
        <source>“{user}” was removed and the database key replaced. Their passphrase no longer opens the records here.</source>
        <translation>已删除“{user}”并更换了数据库密钥。其密码短语不再能打开此处的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="615"/>
        <source>The recovery key is not correct. Nothing was changed.</source>
        <translation>恢复密钥不正确。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="621"/>
        <source>Upfront is open in another window or program on this computer. Removing a user needs the store to itself: close Upfront there, then try again. Nothing was changed.</source>
        <translation>Upfront 已在此计算机上的另一个窗口或程序中打开。删除用户需要独占存储库：请先在那里关闭 Upfront，然后重试。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="631"/>
        <source>Some users&apos; passphrases were set by an earlier version of Upfront and have not been used since. Each of them opens Upfront once on this computer; then the user can be removed. Nothing was changed.</source>
        <translation>部分用户的密码短语由较早版本的 Upfront 设置，此后未曾使用。请他们每人在此计算机上打开一次 Upfront，之后即可删除该用户。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="669"/>
        <source>Changing the passphrase…</source>
        <translation>正在更改密码短语…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="674"/>
        <source>The passphrase of “{user}” was changed.</source>
        <translation>“{user}”的密码短语已更改。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="680"/>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>当前密码短语不正确。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ViolationChoice</name>
    <message>
        <location filename="../../ui/incident_editor/fields.py" line="48"/>
        <source>Violation {number} (missing)</source>
        <translation>侵权行为 {number}（缺失）</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor/fields.py" line="58"/>
        <source>{number}: {label}</source>
        <translation>{number}：{label}</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="334"/>
        <source>Several entries hold “{text}”: choose one in the list</source>
        <translation>有多个条目包含“{text}”：请在列表中选择一个</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="336"/>
        <source>Nothing in the list matches “{text}”</source>
        <translation>列表中没有与“{text}”匹配的项</translation>
    </message>
</context>
<context>
    <name>VocabHelp</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="250"/>
        <source>{field}: what each entry means</source>
        <translation>{field}：各项的含义</translation>
    </message>
</context>
<context>
    <name>VocabHelpButton</name>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="283"/>
        <source>What do these mean?</source>
        <translation>这些是什么意思？</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_widgets.py" line="284"/>
        <source>{field}: what do these mean?</source>
        <translation>{field}：这些是什么意思？</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Emergency wipe</source>
        <translation>紧急擦除</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>The emergency wipe destroys the key file and deletes the encrypted database in this folder:
{folder}

Every record on this computer becomes unreadable for good, including any copy or backup of the database. Records already sent to HQ are not affected. Unsaved work in open editors is lost. This cannot be undone.

Afterwards Upfront starts again as on a new computer.</source>
        <translation>紧急擦除将销毁密钥文件，并删除此文件夹中的加密数据库：
{folder}

本计算机上的所有记录都将永久无法读取，包括数据库的任何副本或备份。已发送至总部的记录不受影响。已打开的编辑器中未保存的工作将丢失。此操作无法撤销。

之后，Upfront 将如同在新计算机上一样重新开始。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>To confirm, type {word}:</source>
        <translation>如需确认，请键入 {word}：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Wipe everything</source>
        <translation>全部擦除(&amp;W)</translation>
    </message>
</context>
<context>
    <name>_CheckPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="446"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="449"/>
        <source>Every row is checked; nothing is imported yet. A row with an error is never imported.</source>
        <translation>逐行检查所有行；此时尚未导入任何内容。有错误的行一律不会导入。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="454"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <location filename="../../ui/exchange_dialogs.py" line="462"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="456"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="458"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="460"/>
        <source>Likely duplicates</source>
        <translation>可能的重复项</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="462"/>
        <source>Likely duplicate of</source>
        <translation>可能与之重复</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="462"/>
        <source>Title similarity</source>
        <translation>标题相似度</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="464"/>
        <source>Import likely duplicates too</source>
        <translation>同时导入可能的重复项</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="466"/>
        <source>Save the errors…</source>
        <translation>保存错误…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="468"/>
        <source>A CSV file of the errors: row, column, field and problem, no cell&apos;s value</source>
        <translation>错误的 CSV 文件：行、列、字段和问题，不含任何单元格的值</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="471"/>
        <source>Save the mapping…</source>
        <translation>保存映射…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="474"/>
        <source>The columns and the codes chosen for values, in a mapping file for the next import of such a file</source>
        <translation>列以及为各值选择的代码，保存在映射文件中，供下次导入此类文件时使用</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="516"/>
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>正在检查 %n 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="551"/>
        <source>{rows} rows: {valid} valid, {errors} with errors, %n likely duplicate(s)</source>
        <translation>
            <numerusform>共 {rows} 行：{valid} 行有效，{errors} 行有错误，%n 个可能的重复项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="563"/>
        <source>%n value(s) of the file match no code: Next lists them, to choose the code each stands for.</source>
        <translation>
            <numerusform>文件中有 %n 个值没有对应的代码：点击“下一步”会列出它们，以便为每个值选择代码。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="577"/>
        <source>The rows could not be checked.</source>
        <translation>无法检查这些行。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="605"/>
        <source>Save the errors</source>
        <translation>保存错误</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="605"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="619"/>
        <source>The errors were not saved.</source>
        <translation>未保存错误。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="621"/>
        <source>Errors saved in {file}.</source>
        <translation>错误已保存到 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="627"/>
        <source>Save the mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="627"/>
        <source>Mappings (*.json)</source>
        <translation>映射文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="639"/>
        <source>The mapping was not saved.</source>
        <translation>未保存映射。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="641"/>
        <source>Mapping saved in {file}.</source>
        <translation>映射已保存到 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="647"/>
        <source>incident {ref}</source>
        <translation>事件 {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="649"/>
        <source>row {ref}</source>
        <translation>第 {ref} 行</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="520"/>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
</context>
<context>
    <name>_ChoosePage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="165"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="168"/>
        <source>A spreadsheet (.csv in UTF-8, or .xlsx) or a JSON export of incidents. Nothing is imported before the last step.</source>
        <translation>电子表格（UTF-8 编码的 .csv 或 .xlsx）或事件的 JSON 导出文件。在最后一步之前不会导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="176"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="179"/>
        <source>Columns named like Upfront&apos;s fields</source>
        <translation>列名与 Upfront 字段名相同</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="180"/>
        <source>KoboToolbox starter</source>
        <translation>KoboToolbox 基础映射</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="181"/>
        <source>Other mapping file…</source>
        <translation>其他映射文件…</translation>
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
        <translation>西欧，Windows（cp1252）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="189"/>
        <source>Arabic, Windows (cp1256)</source>
        <translation>阿拉伯文，Windows（cp1256）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="190"/>
        <source>Cyrillic, Windows (cp1251)</source>
        <translation>西里尔文，Windows（cp1251）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="191"/>
        <source>Chinese (GB 18030)</source>
        <translation>中文（GB 18030）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="196"/>
        <source>Found on the header line</source>
        <translation>根据标题行判断</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="197"/>
        <source>Comma (,)</source>
        <translation>逗号（,）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="198"/>
        <source>Semicolon (;)</source>
        <translation>分号（;）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="199"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="174"/>
        <location filename="../../ui/exchange_dialogs.py" line="211"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="212"/>
        <source>Mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="213"/>
        <source>Encoding (CSV)</source>
        <translation>编码（CSV）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="214"/>
        <source>Separator (CSV)</source>
        <translation>分隔符（CSV）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="240"/>
        <source>Import incidents</source>
        <translation>导入事件</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="241"/>
        <source>Incident files (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>事件文件 (*.csv *.xlsx *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="250"/>
        <source>Mapping file</source>
        <translation>映射文件</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="250"/>
        <source>Mappings (*.json)</source>
        <translation>映射文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="291"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="318"/>
        <source>The file could not be read.</source>
        <translation>无法读取文件。</translation>
    </message>
</context>
<context>
    <name>_FieldsDialog</name>
    <message>
        <location filename="../../ui/coordination_panel.py" line="80"/>
        <source>{field}: is required.</source>
        <translation>{field}：必填。</translation>
    </message>
    <message>
        <location filename="../../ui/coordination_panel.py" line="91"/>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
</context>
<context>
    <name>_ImportPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="754"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="757"/>
        <source>The rows are written in one go, and only when you click Import; until then nothing is in the store.</source>
        <translation>只有在您点击“导入”后，这些行才会一次性写入；在此之前，存储库中不会有任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="780"/>
        <source>%n row(s) will be imported.</source>
        <translation>
            <numerusform>将导入 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="782"/>
        <source>%n likely duplicate(s) left out.</source>
        <translation>
            <numerusform>已排除 %n 个可能的重复项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="784"/>
        <source>%n row(s) with errors left out.</source>
        <translation>
            <numerusform>已排除 %n 个有错误的行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="786"/>
        <source>No row can be imported.</source>
        <translation>没有可导入的行。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="790"/>
        <source>Every valid row is a likely duplicate; tick &quot;Import likely duplicates too&quot; on the previous page to import them.</source>
        <translation>所有有效行均为可能的重复项；如需导入，请在上一页勾选“同时导入可能的重复项”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="798"/>
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>导入 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="813"/>
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>正在导入 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="837"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="838"/>
        <source>Imported %n incident(s).</source>
        <translation>
            <numerusform>已导入 %n 起事件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="848"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="816"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="843"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="330"/>
        <location filename="../../ui/exchange_dialogs.py" line="342"/>
        <source>Mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="333"/>
        <source>Which field each column of the file fills; choose another in the list to change it. Columns that are not mapped are ignored.</source>
        <translation>文件中每一列填入的字段；在列表中选择其他字段即可更改。未映射的列将被忽略。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="341"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="341"/>
        <source>Upfront field</source>
        <translation>Upfront 字段</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="343"/>
        <source>First rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="362"/>
        <source>This JSON file holds %n incident record(s). They are read as they are: a mapping does not apply.</source>
        <translation>
            <numerusform>此 JSON 文件包含 %n 条事件记录。这些记录将按原样读取，不适用映射。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="373"/>
        <source>Mapping: {mapping}. %n column(s) of the file are read.</source>
        <translation>
            <numerusform>映射：{mapping}。将读取文件中的 %n 列。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="381"/>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="388"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="394"/>
        <source>Field of column {column}</source>
        <translation>列 {column} 的字段</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="407"/>
        <source>not mapped, ignored</source>
        <translation>未映射，已忽略</translation>
    </message>
</context>
<context>
    <name>_ResolvePage</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="663"/>
        <location filename="../../ui/exchange_dialogs.py" line="675"/>
        <source>Values that match no code</source>
        <translation>没有对应代码的值</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="666"/>
        <source>These values of the file are not in Upfront&apos;s lists. Choose what each one stands for, and the rows are checked again; a value left as it is keeps its rows out of the import.</source>
        <translation>文件中的这些值不在 Upfront 的列表中。请为每个值选择其含义，然后将重新检查各行；保持原样的值，其所在的行不会导入。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Cells</source>
        <translation>单元格数</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="672"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="691"/>
        <source>(leave as it is)</source>
        <translation>（保持原样）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="698"/>
        <source>Code for {value} ({field})</source>
        <translation>{value}（{field}）的代码</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="728"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="728"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <location filename="../../ui/saving_dialog.py" line="70"/>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
</context>
<context>
    <name>describe_error</name>
    <message>
        <location filename="../../ui/failures.py" line="41"/>
        <source>The passphrase is not correct. Nothing was changed.</source>
        <translation>密码短语不正确。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="45"/>
        <source>The key file of this store cannot be read, so the records cannot be opened. Nothing was changed.</source>
        <translation>无法读取此存储库的密钥文件，因此无法打开记录。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="51"/>
        <source>The database does not match this store&apos;s key file: it may be damaged or belong to another installation. Nothing was changed.</source>
        <translation>数据库与此存储库的密钥文件不匹配：数据库可能已损坏，或属于另一个安装。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="57"/>
        <source>These records were saved by a newer version of Upfront. Install that version or a newer one to open them. Nothing was changed.</source>
        <translation>这些记录由更新版本的 Upfront 保存。请安装该版本或更新的版本以打开这些记录。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="63"/>
        <source>There is no Upfront store in this folder.</source>
        <translation>此文件夹中没有 Upfront 存储库。</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="67"/>
        <source>A store already exists in this folder. Start Upfront again to unlock it.</source>
        <translation>此文件夹中已存在一个存储库。请重新启动 Upfront 以将其解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="72"/>
        <source>The store stays locked.</source>
        <translation>存储库仍处于锁定状态。</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="76"/>
        <source>Upfront could not read or write a file.</source>
        <translation>Upfront 无法读取或写入文件。</translation>
    </message>
    <message>
        <location filename="../../ui/failures.py" line="84"/>
        <source>Something unexpected went wrong. Please tell your IT focal point what you were doing.</source>
        <translation>发生意外错误。请告知您的信息技术联络人您当时正在进行的操作。</translation>
    </message>
</context>
<context>
    <name>name_problem</name>
    <message>
        <location filename="../../ui/passphrase.py" line="60"/>
        <source>Enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="63"/>
        <source>Use at most {maximum} printable characters.</source>
        <translation>最多使用 {maximum} 个可打印字符。</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="69"/>
        <source>“recovery” is reserved for the recovery key.</source>
        <translation>“recovery”是为恢复密钥保留的名称。</translation>
    </message>
</context>
</TS>
