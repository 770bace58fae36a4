<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityWidget</name>
    <message>
        <location filename="../../studio/ui/widgets/activity.py" line="40" />
        <source>No background tasks</source>
        <translation>没有后台任务</translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/widgets/activity.py" line="43" />
        <source>%n task(s) running</source>
        <translation><numerusform>%n 个任务运行中</numerusform></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/activity.py" line="56" />
        <source>Nothing is running</source>
        <translation>没有正在运行的任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/activity.py" line="59" />
        <source>Cancel: %1</source>
        <translation>取消：%1</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message numerus="yes">
        <location filename="../../studio/ui/dialogs/error_dialog.py" line="29" />
        <source>%n more error(s) since; see the log.</source>
        <translation><numerusform>此后又有 %n 个错误，详见日志。</numerusform></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/error_dialog.py" line="35" />
        <source>Voice Studio</source>
        <translation>语音工作室</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="23" />
        <source>Library</source>
        <translation>音色库</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="27" />
        <source>No voices yet</source>
        <translation>还没有音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="28" />
        <source>Voices you clone, and voices already on your provider accounts, appear here with their status. Clone one from the Validate pane, or sync an account.</source>
        <translation>你复刻的音色以及服务商账号中已有的音色都会连同状态显示在这里。可在“检查”页复刻一个音色，或同步账号。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../studio/ui/main_window.py" line="134" />
        <location filename="../../studio/ui/main_window.py" line="152" />
        <source>About Voice Studio</source>
        <translation>关于语音工作室</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="135" />
        <source>Voice Studio %1

Data: %2
Log: %3</source>
        <translation>语音工作室 %1

数据：%2
日志：%3</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="140" />
        <source>Voice Studio</source>
        <translation>语音工作室</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="145" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="146" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="147" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="148" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="149" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="150" />
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="151" />
        <source>Open log</source>
        <translation>打开日志</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="157" />
        <source>Provider: %1</source>
        <translation>服务商：%1</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../studio/ui/names.py" line="10" />
        <source>Offline engine</source>
        <translation>离线引擎</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="11" />
        <source>DashScope CosyVoice</source>
        <translation>DashScope CosyVoice</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="12" />
        <source>DashScope Sambert</source>
        <translation>DashScope Sambert</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="13" />
        <source>Tencent Multimedia Lab</source>
        <translation>腾讯多媒体实验室</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="19" />
        <source>Beijing (China mainland)</source>
        <translation>北京（中国内地）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="20" />
        <source>Singapore (international)</source>
        <translation>新加坡（国际）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="21" />
        <source>Custom base URLs</source>
        <translation>自定义基础地址</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="27" />
        <source>pending</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="28" />
        <source>ready</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="29" />
        <location filename="../../studio/ui/names.py" line="41" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="30" />
        <source>gone from provider</source>
        <translation>服务商处已不存在</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="31" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="37" />
        <source>waiting to start</source>
        <translation>等待开始</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="38" />
        <source>training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="39" />
        <source>trained — waiting for manual review (up to one working day)</source>
        <translation>已训练——等待人工审核（最长一个工作日）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="40" />
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="42" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="23" />
        <source>Playground</source>
        <translation>试听</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="27" />
        <source>No auditions yet</source>
        <translation>还没有试听记录</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="28" />
        <source>Pick a voice, type some text and press Synthesize. Playback starts as soon as the first audio arrives.</source>
        <translation>选择一个音色，输入文本并点击“合成”。首段音频到达后立即开始播放。</translation>
    </message>
</context>
<context>
    <name>ProviderBox</name>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="146" />
        <source>active</source>
        <translation>当前使用</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="155" />
        <source>from the environment (%1)</source>
        <translation>来自环境变量（%1）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="157" />
        <source>stored — type to replace</source>
        <translation>已保存——输入新值可替换</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="159" />
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="164" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="165" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="166" />
        <source>Use this provider</source>
        <translation>使用此服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="172" />
        <source>Ready — no account needed.</source>
        <translation>就绪——无需账号。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="175" />
        <source>Not configured.</source>
        <translation>尚未配置。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="176" />
        <source>Configured.</source>
        <translation>已配置。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="193" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="197" />
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="207" />
        <source>Connected: %1</source>
        <translation>已连接：%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="213" />
        <source>Testing %1</source>
        <translation>正在测试 %1</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="49" />
        <source>API key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="50" />
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="51" />
        <source>Workspace id (optional)</source>
        <translation>业务空间 ID（可选）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="52" />
        <source>Custom HTTP base URL</source>
        <translation>自定义 HTTP 基础地址</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="53" />
        <source>Custom WebSocket base URL</source>
        <translation>自定义 WebSocket 基础地址</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="54" />
        <source>Target model</source>
        <translation>目标模型</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="55" />
        <source>Gateway base URL</source>
        <translation>网关基础地址</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="56" />
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="57" />
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="58" />
        <source>Content repository id</source>
        <translation>内容库 ID</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="59" />
        <source>COS bucket</source>
        <translation>COS 存储桶</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="60" />
        <source>COS region</source>
        <translation>COS 地域</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="61" />
        <source>COS SecretId</source>
        <translation>COS SecretId</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="62" />
        <source>COS SecretKey</source>
        <translation>COS SecretKey</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="63" />
        <source>Callback URL (optional)</source>
        <translation>回调地址（可选）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="69" />
        <source>Works offline with no account: an offline preview voice built from your sample's pitch, timbre and pace.</source>
        <translation>离线可用，无需账号：根据你的样本的音高、音色和语速生成离线预览音色。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="71" />
        <source>Zero-shot cloning from a 10–20 s sample; streaming synthesis. Needs a DashScope API key.</source>
        <translation>用 10–20 秒样本零样本复刻；流式合成。需要 DashScope API Key。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="73" />
        <source>Lightweight cloning by training on at least 20 minutes of Mandarin recordings, with a manual review. Uses the DashScope key above; the service needs enterprise approval.</source>
        <translation>基于至少 20 分钟普通话录音训练的轻量级复刻，需人工审核。使用上面的 DashScope Key；该服务需企业申请开通。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="76" />
        <source>Tencent Multimedia Lab voice cloning: training and generate jobs through a content repository bound to your COS bucket.</source>
        <translation>腾讯多媒体实验室声音复刻：通过绑定到你的 COS 存储桶的内容库进行训练和生成任务。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="245" />
        <source>Providers</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="250" />
        <source>Keys are kept for this session only: no system keyring is available. Choose a private file in Settings to keep them.</source>
        <translation>密钥仅在本次会话中保留：系统钥匙串不可用。可在“设置”中选择私有文件来保存。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="253" />
        <source>Keys are kept in a private file (readable by your account only, not encrypted).</source>
        <translation>密钥保存在私有文件中（仅你的账号可读，未加密）。</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="23" />
        <source>Record</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="27" />
        <source>No takes yet</source>
        <translation>还没有录音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="28" />
        <source>Connect a microphone and press Record. A 10–20 s take is enough for zero-shot cloning; training needs a 20-minute script session.</source>
        <translation>连接麦克风并点击“录音”。零样本复刻只需 10–20 秒的录音；训练需要约 20 分钟的脚本朗读。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="28" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="37" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="43" />
        <source>Default provider</source>
        <translation>默认服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="49" />
        <source>Recording sample rate</source>
        <translation>录音采样率</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="52" />
        <source>16-bit</source>
        <translation>16 位</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="53" />
        <source>24-bit</source>
        <translation>24 位</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="55" />
        <source>Recording bit depth</source>
        <translation>录音位深</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="63" />
        <source>Meter target band, low</source>
        <translation>电平目标区间下限</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="64" />
        <source>Meter target band, high</source>
        <translation>电平目标区间上限</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="67" />
        <source>System keyring</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="68" />
        <source>Private file (not encrypted)</source>
        <translation>私有文件（未加密）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="69" />
        <source>This session only</source>
        <translation>仅本次会话</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="71" />
        <source>Keep keys in</source>
        <translation>密钥保存位置</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="76" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="77" />
        <source>Set VOICE_STUDIO_HOME to keep the data somewhere else.</source>
        <translation>设置 VOICE_STUDIO_HOME 可将数据保存到其他位置。</translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="23" />
        <source>Validate</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="27" />
        <source>Nothing to check yet</source>
        <translation>还没有可检查的音频</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="28" />
        <source>Record a take or drop an audio file here to see, before any upload, whether each provider would accept it — and fix what can be fixed.</source>
        <translation>录一段音或将音频文件拖到这里，在上传之前就能看到各服务商是否会接受它，并修复可修复的问题。</translation>
    </message>
</context>
</TS>