<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="200" />
        <source>Collecting diagnostics…</source>
        <translation>正在收集诊断信息…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="202" />
        <source>Collecting diagnostics</source>
        <translation>收集诊断信息</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="209" />
        <source>Diagnostics copied to the clipboard. They list which keys are set, never the keys themselves.</source>
        <translation>诊断信息已复制到剪贴板。其中只列出哪些密钥已设置，绝不包含密钥本身。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="223" />
        <source>About Voice Studio</source>
        <translation>关于语音工作室</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="224" />
        <source>Voice Studio</source>
        <translation>语音工作室</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="225" />
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="226" />
        <source>Record, validate, clone and audition voices with cloud and offline engines.</source>
        <translation>用云端和离线引擎录音、检查、复刻并试听音色。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="227" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="228" />
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="229" />
        <source>Runtime</source>
        <translation>运行环境</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="230" />
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="231" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="165" />
        <source>Reading stored keys</source>
        <translation>读取已保存的密钥</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="174" />
        <source>already set — type to replace</source>
        <translation>已设置 — 输入新值即可替换</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="175" />
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="200" />
        <source>Saving provider keys</source>
        <translation>保存服务商密钥</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="209" />
        <source>Provider accounts</source>
        <translation>服务商账号</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="210" />
        <source>Optional: the offline engine needs no account.</source>
        <translation>可选：离线引擎无需账号。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="212" />
        <source>The offline engine clones a preview voice on this computer and is the default. Add a cloud account now for full-quality cloning, or skip and add it later on the Providers pane.</source>
        <translation>离线引擎在本机复刻一个预览音色，是默认服务商。现在添加云端账号可获得完整质量的复刻；也可以跳过，稍后在“服务商”页面添加。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="214" />
        <source>DashScope (CosyVoice, Sambert)</source>
        <translation>DashScope（CosyVoice、Sambert）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="215" />
        <source>API key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="216" />
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="219" />
        <source>Tencent Multimedia Lab</source>
        <translation>腾讯多媒体实验室</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="220" />
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="221" />
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="223" />
        <source>Tencent also needs a content repository and a COS bucket: finish its set-up on the Providers pane.</source>
        <translation>腾讯还需要内容库和 COS 存储桶：请在“服务商”页面完成设置。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="224" />
        <source>Default provider</source>
        <translation>默认服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="233" />
        <source>Keys are kept in the system keyring.</source>
        <translation>密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="234" />
        <source>Keys are kept in a private file in the data folder (readable by your user account, not encrypted).</source>
        <translation>密钥保存在数据文件夹中的私有文件里（你的用户账号可读取，未加密）。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="236" />
        <source>Keys are kept for this session only and forgotten when the studio quits.</source>
        <translation>密钥仅在本次会话中保留，退出工作室后即被清除。</translation>
    </message>
</context>
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
    <name>AudioPage</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="105" />
        <source>Looking for input devices</source>
        <translation>查找输入设备</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="112" />
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="281" />
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="144" />
        <source>Opening the microphone</source>
        <translation>打开麦克风</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="175" />
        <source>The microphone stopped delivering sound.</source>
        <translation>麦克风已停止传来声音。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="198" />
        <source>Closing the microphone</source>
        <translation>关闭麦克风</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="226" />
        <source>The room check did not finish: %1</source>
        <translation>环境检测未完成：%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="231" />
        <source>Noise floor %1 dBFS: excellent, as quiet as a recording booth.</source>
        <translation>底噪 %1 dBFS：极佳，与录音棚一样安静。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="233" />
        <source>Noise floor %1 dBFS: good for cloning.</source>
        <translation>底噪 %1 dBFS：适合复刻。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="235" />
        <source>Noise floor %1 dBFS: acceptable. A quieter room will give a cleaner voice.</source>
        <translation>底噪 %1 dBFS：尚可。房间更安静，音色会更干净。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="237" />
        <source>Noise floor %1 dBFS: too noisy for cloning. Switch off fans, close the window, or move the microphone away from the computer, then check again.</source>
        <translation>底噪 %1 dBFS：噪声太大，不适合复刻。请关掉风扇、关好窗户，或让麦克风远离电脑，然后再检测一次。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="244" />
        <source>Looking for input devices…</source>
        <translation>正在查找输入设备…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="246" />
        <source>No input device was found. Connect a microphone and press Refresh, or skip this step: you can record later, and import audio files without a microphone.</source>
        <translation>没有找到输入设备。请连接麦克风后点“刷新”，或跳过此步：你可以稍后再录音，没有麦克风也可以导入音频文件。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="253" />
        <source>Choose the microphone you will record with.</source>
        <translation>选择你要用来录音的麦克风。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="262" />
        <source>Measuring… stay quiet</source>
        <translation>正在测量… 请保持安静</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="264" />
        <source>Opening the microphone…</source>
        <translation>正在打开麦克风…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="266" />
        <source>Check the room (5 s)</source>
        <translation>检测环境（5 秒）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="267" />
        <source>Check again</source>
        <translation>再检测一次</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="273" />
        <source>Microphone and room</source>
        <translation>麦克风与环境</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="274" />
        <source>Pick your microphone and measure the room's background noise.</source>
        <translation>选择麦克风，并测量房间的背景噪声。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="275" />
        <source>Input device</source>
        <translation>输入设备</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="276" />
        <source>No input device</source>
        <translation>无输入设备</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="277" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="278" />
        <source>Press the button, then stay quiet for 5 seconds: the studio listens to the room and rates its noise floor (−60 dBFS or lower is good).</source>
        <translation>点击按钮后保持安静 5 秒：工作室会聆听房间并评定底噪（−60 dBFS 或更低为良好）。</translation>
    </message>
</context>
<context>
    <name>AuditionService</name>
    <message>
        <location filename="../../studio/services/audition.py" line="99" />
        <source>Listing voices</source>
        <translation>正在列出音色</translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="137" />
        <source>Synthesizing with %1</source>
        <translation>正在用 %1 合成</translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="252" />
        <source>Reading the waveform</source>
        <translation>正在读取波形</translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="273" />
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="288" />
        <source>Matching loudness</source>
        <translation>正在匹配响度</translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="302" />
        <source>Line %1 of %2</source>
        <translation>第 %1 / %2 行</translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="325" />
        <source>Batch synthesis into %1</source>
        <translation>批量合成到 %1</translation>
    </message>
</context>
<context>
    <name>CaptureService</name>
    <message>
        <location filename="../../studio/services/capture.py" line="59" />
        <source>Listing devices</source>
        <translation>正在列出设备</translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="72" />
        <source>Opening input</source>
        <translation>正在打开输入设备</translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="113" />
        <source>Take %1</source>
        <translation>录音 %1</translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="147" />
        <source>Finishing the take</source>
        <translation>正在完成录音</translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="184" />
        <source>Emptying the trash</source>
        <translation>正在清空回收站</translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="211" />
        <source>Importing audio</source>
        <translation>正在导入音频</translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="226" />
        <source>Recovering unfinished takes</source>
        <translation>正在恢复未完成的录音</translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="236" />
        <source>Reading the waveform</source>
        <translation>正在读取波形</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="267" />
        <source>Where your data is kept</source>
        <translation>数据保存位置</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="268" />
        <source>Recordings, the voice library, settings and logs live in one folder.</source>
        <translation>录音、音色库、设置和日志都保存在同一个文件夹中。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="269" />
        <source>Your data folder:</source>
        <translation>你的数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="270" />
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="272" />
        <source>It was chosen with the environment variable %1.</source>
        <translation>它由环境变量 %1 指定。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="274" />
        <source>To keep it somewhere else, set the environment variable %1 to a folder before starting the studio.</source>
        <translation>如需保存到其他位置，请在启动工作室之前将环境变量 %1 设为某个文件夹。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="277" />
        <source>The log is written to %1.</source>
        <translation>日志写入 %1。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="278" />
        <source>You can run this set-up again from Help ▸ First-run setup…</source>
        <translation>之后可以通过“帮助 ▸ 首次运行设置…”再次运行此设置。</translation>
    </message>
</context>
<context>
    <name>DeleteVoiceDialog</name>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="50" />
        <source>Delete voice</source>
        <translation>删除音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="52" />
        <source>Delete “%1” (%2)?

The voice is removed from this library. Your takes and samples stay on this computer.</source>
        <translation>删除“%1”（%2）？

该音色将从音色库中移除。你的录音和样本仍保留在本机。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="57" />
        <source>Also delete it at %1 (cannot be undone; frees quota)</source>
        <translation>同时在 %1 删除（不可撤销；释放配额）</translation>
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
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="336" />
        <source>Set up Voice Studio</source>
        <translation>设置语音工作室</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="337" />
        <source>Skip this step</source>
        <translation>跳过此步</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="338" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="339" />
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="340" />
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="341" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="77" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="78" />
        <source>Search text, voice, provider…</source>
        <translation>搜索文本、音色、服务商…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="79" />
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="80" />
        <source>A/B</source>
        <translation>A/B 对比</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="81" />
        <source>Select two auditions, then press Tab to switch between them</source>
        <translation>选择两条试听记录，然后按 Tab 键在两者之间切换</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="82" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="83" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="138" />
        <source>Playing %1 (loudness matched, B gain %2 dB). Press Tab to switch.</source>
        <translation>正在播放 %1（响度已匹配，B 增益 %2 dB）。按 Tab 键切换。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="145" />
        <source>Export audition</source>
        <translation>导出试听</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="146" />
        <source>WAV (*.wav);;MP3 (*.mp3)</source>
        <translation>WAV (*.wav);;MP3 (*.mp3)</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="54" />
        <source>Refresh status</source>
        <translation>刷新状态</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="55" />
        <source>Cancel job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="56" />
        <source>Delete job</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="61" />
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="61" />
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="61" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="61" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="61" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="62" />
        <source>Vendor status</source>
        <translation>服务商状态</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="62" />
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="62" />
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="68" />
        <source>training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="68" />
        <source>generate</source>
        <translation>生成</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="99" />
        <source>Welcome to Voice Studio</source>
        <translation>欢迎使用语音工作室</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="100" />
        <source>Choose the language of the studio.</source>
        <translation>选择工作室的界面语言。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="102" />
        <source>This short set-up checks your microphone and the room, adds provider accounts if you have them, and shows where your recordings are kept. Every step can be skipped.</source>
        <translation>这个简短的设置会检查你的麦克风和房间环境，添加你已有的服务商账号，并告诉你录音保存在哪里。每一步都可以跳过。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="104" />
        <source>You can switch the language at any time from the Language menu.</source>
        <translation>你可以随时在“语言”菜单中切换语言。</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../studio/ui/widgets/meter.py" line="29" />
        <source>Peak (light), RMS (dark), peak hold (line). Green: target band. Click the clip light to reset it.</source>
        <translation>峰值（浅色）、RMS（深色）、峰值保持（竖线）。绿色：目标区间。点击削波灯可复位。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/meter.py" line="82" />
        <source>CLIP</source>
        <translation>削波</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="162" />
        <source>Library</source>
        <translation>音色库</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="165" />
        <source>Search names, ids, tags, notes…</source>
        <translation>搜索名称、ID、标签、备注…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="171" />
        <source>All providers</source>
        <translation>全部服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="171" />
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="176" />
        <source>Voices</source>
        <translation>音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="177" />
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="179" />
        <source>Sync all</source>
        <translation>全部同步</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="180" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="181" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="183" />
        <source>No voices yet</source>
        <translation>还没有音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="184" />
        <source>Voices you clone, and voices already on your provider accounts, appear here with their status. Clone one from the Validate pane, or sync an account.</source>
        <translation>你复刻的音色以及服务商账号中已有的音色都会连同状态显示在这里。可在“检查”页复刻一个音色，或同步账号。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="186" />
        <source>Sync all accounts</source>
        <translation>同步所有账号</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="247" />
        <source>Quotas — %1</source>
        <translation>配额——%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="259" />
        <source>Choose a new reference sample</source>
        <translation>选择新的参考样本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="260" />
        <source>Audio (*.wav *.mp3 *.m4a *.flac *.ogg)</source>
        <translation>音频 (*.wav *.mp3 *.m4a *.flac *.ogg)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="266" />
        <source>Export the library to a folder</source>
        <translation>将音色库导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="271" />
        <source>Import a library folder</source>
        <translation>导入音色库文件夹</translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <location filename="../../studio/services/library_service.py" line="64" />
        <source>Loading library</source>
        <translation>正在加载音色库</translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="99" />
        <source>Syncing %1</source>
        <translation>正在同步 %1</translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="112" />
        <source>Checking quota</source>
        <translation>正在查询配额</translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="138" />
        <source>Deleting %1</source>
        <translation>正在删除 %1</translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="150" />
        <source>Updating %1</source>
        <translation>正在更新 %1</translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="156" />
        <source>Exporting library</source>
        <translation>正在导出音色库</translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="160" />
        <source>Importing library</source>
        <translation>正在导入音色库</translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="231" />
        <source>Refreshing pending voices and jobs</source>
        <translation>正在刷新处理中的音色和任务</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../studio/ui/main_window.py" line="232" />
        <source>About Voice Studio</source>
        <translation>关于语音工作室</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="149" />
        <location filename="../../studio/ui/main_window.py" line="220" />
        <source>Voice Studio</source>
        <translation>语音工作室</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="142" />
        <source>%1 job %2: %3</source>
        <translation>%1 任务 %2：%3</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="132" />
        <source>This voice has no reference sample recorded here: open one in Validate.</source>
        <translation>该音色没有在本机录制的参考样本：请在“检查”页打开一个。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="137" />
        <source>Check the sample, then use the %1 button.</source>
        <translation>检查样本后，点击 %1 按钮。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="225" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="226" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="227" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="228" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="229" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="230" />
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="231" />
        <source>Open log</source>
        <translation>打开日志</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="233" />
        <source>First-run setup…</source>
        <translation>首次运行设置…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="238" />
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
    <message>
        <location filename="../../studio/ui/names.py" line="49" />
        <source>CosyVoice</source>
        <translation>CosyVoice</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="50" />
        <source>Sambert</source>
        <translation>Sambert</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="51" />
        <source>Tencent
train</source>
        <translation>腾讯
训练</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="52" />
        <source>Tencent
generate</source>
        <translation>腾讯
生成</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="53" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="167" />
        <source>Playground</source>
        <translation>试听</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="170" />
        <source>Voice</source>
        <translation>音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="171" />
        <source>Speak</source>
        <translation>朗读内容</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="172" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="173" />
        <source>Type or paste the text to hear. Long text is split by sentence within the provider's limits.</source>
        <translation>输入或粘贴要试听的文本。长文本会按句子拆分，以符合服务商的限制。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="175" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="175" />
        <source>Sample rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="175" />
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="176" />
        <source>Rate</source>
        <translation>语速</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="176" />
        <source>Pitch</source>
        <translation>音调</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="176" />
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="177" />
        <source>Instruction</source>
        <translation>指令</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="179" />
        <source>e.g. speak warmly and slowly (CosyVoice v3)</source>
        <translation>例如：温柔地慢慢说（CosyVoice v3）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="180" />
        <source>Synthesize</source>
        <translation>合成</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="181" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="182" />
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="183" />
        <source>Batch from file…</source>
        <translation>从文件批量合成…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="195" />
        <source> (stock)</source>
        <translation>（系统音色）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="217" />
        <source>No voices yet: clone one in the Validate pane, or add a provider account to use its stock voices.</source>
        <translation>还没有音色：可在“检查”页复刻一个，或添加服务商账号以使用其系统音色。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="222" />
        <source>Offline preview voice: an approximation made on this computer, not a cloud clone.</source>
        <translation>离线预览音色：在本机生成的近似效果，并非云端复刻。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="241" />
        <source>the text below</source>
        <translation>下面的文本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="246" />
        <source>take: %1</source>
        <translation>录音：%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="279" />
        <source> (a Chinese character counts 2)</source>
        <translation>（一个汉字计 2 个字符）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="280" />
        <source>%1 characters%2 · limit %3 per request</source>
        <translation>%1 个字符%2 · 每次请求上限 %3</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="283" />
        <source>will be sent as %1 requests</source>
        <translation>将分 %1 次请求发送</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="286" />
        <location filename="../../studio/ui/pages/playground.py" line="328" />
        <source>≈ ¥%1</source>
        <translation>约 ¥%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="305" />
        <source>Waiting for the first audio…</source>
        <translation>正在等待首段音频…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="310" />
        <source>Receiving: %1 s of audio · first audio after %2</source>
        <translation>接收中：%1 秒音频 · 首包延迟 %2</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="324" />
        <source>First audio %1 · total %2 s · real-time factor %3 · %4 s of audio · %5 characters</source>
        <translation>首包 %1 · 总耗时 %2 秒 · 实时率 %3 · 音频 %4 秒 · %5 个字符</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="357" />
        <source>Text file: one line becomes one audio file</source>
        <translation>文本文件：每行生成一个音频文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="358" />
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="361" />
        <source>Folder for the audio files</source>
        <translation>音频文件保存文件夹</translation>
    </message>
</context>
<context>
    <name>PreflightMatrix</name>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="55" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="78" />
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="78" />
        <source>warn</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="78" />
        <source>fail</source>
        <translation>不通过</translation>
    </message>
</context>
<context>
    <name>ProviderBox</name>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="149" />
        <source>active</source>
        <translation>当前使用</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="158" />
        <source>from the environment (%1)</source>
        <translation>来自环境变量（%1）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="160" />
        <source>stored — type to replace</source>
        <translation>已保存——输入新值可替换</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="162" />
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="167" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="168" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="169" />
        <source>Use this provider</source>
        <translation>使用此服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="175" />
        <source>Ready — no account needed.</source>
        <translation>就绪——无需账号。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="177" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="178" />
        <source>Not configured.</source>
        <translation>尚未配置。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="178" />
        <source>Configured.</source>
        <translation>已配置。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="189" />
        <source>Checking accounts</source>
        <translation>正在检查账号</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="207" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="212" />
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="222" />
        <source>Connected: %1</source>
        <translation>已连接：%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="223" />
        <source>Checking quota</source>
        <translation>正在查询配额</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="229" />
        <source>Quota: %1 of %2 %3 used</source>
        <translation>配额：已用 %1 / %2（%3）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="237" />
        <source>Testing %1</source>
        <translation>正在测试 %1</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="50" />
        <source>API key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="51" />
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="52" />
        <source>Workspace id (optional)</source>
        <translation>业务空间 ID（可选）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="53" />
        <source>Custom HTTP base URL</source>
        <translation>自定义 HTTP 基础地址</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="54" />
        <source>Custom WebSocket base URL</source>
        <translation>自定义 WebSocket 基础地址</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="55" />
        <source>Target model</source>
        <translation>目标模型</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="56" />
        <source>Gateway base URL</source>
        <translation>网关基础地址</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="57" />
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="58" />
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="59" />
        <source>Content repository id</source>
        <translation>内容库 ID</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="60" />
        <source>COS bucket</source>
        <translation>COS 存储桶</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="61" />
        <source>COS region</source>
        <translation>COS 地域</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="62" />
        <source>COS SecretId</source>
        <translation>COS SecretId</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="63" />
        <source>COS SecretKey</source>
        <translation>COS SecretKey</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="64" />
        <source>Callback URL (optional)</source>
        <translation>回调地址（可选）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="70" />
        <source>Works offline with no account: an offline preview voice built from your sample's pitch, timbre and pace.</source>
        <translation>离线可用，无需账号：根据你的样本的音高、音色和语速生成离线预览音色。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="72" />
        <source>Zero-shot cloning from a 10–20 s sample; streaming synthesis. Needs a DashScope API key.</source>
        <translation>用 10–20 秒样本零样本复刻；流式合成。需要 DashScope API Key。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="74" />
        <source>Lightweight cloning by training on at least 20 minutes of Mandarin recordings, with a manual review. Uses the DashScope key above; the service needs enterprise approval.</source>
        <translation>基于至少 20 分钟普通话录音训练的轻量级复刻，需人工审核。使用上面的 DashScope Key；该服务需企业申请开通。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="77" />
        <source>Tencent Multimedia Lab voice cloning: training and generate jobs through a content repository bound to your COS bucket.</source>
        <translation>腾讯多媒体实验室声音复刻：通过绑定到你的 COS 存储桶的内容库进行训练和生成任务。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="269" />
        <source>Providers</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="274" />
        <source>Keys are kept for this session only: no system keyring is available. Choose a private file in Settings to keep them.</source>
        <translation>密钥仅在本次会话中保留：系统钥匙串不可用。可在“设置”中选择私有文件来保存。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="277" />
        <source>Keys are kept in a private file (readable by your account only, not encrypted).</source>
        <translation>密钥保存在私有文件中（仅你的账号可读，未加密）。</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="135" />
        <source>Record</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="138" />
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="139" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="140" />
        <source>Look for input devices again</source>
        <translation>重新查找输入设备</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="141" />
        <source>Room check</source>
        <translation>环境检测</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="142" />
        <source>Stay quiet for 4 s: measures the room's noise floor</source>
        <translation>保持安静 4 秒：测量房间的底噪</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="143" />
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="143" />
        <source>● Record</source>
        <translation>● 录音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="144" />
        <source>Takes</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="145" />
        <source>Script booth</source>
        <translation>脚本录音棚</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="149" />
        <source>Looking for input devices…</source>
        <translation>正在查找输入设备…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="170" />
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="173" />
        <source>No input device found. Connect a microphone and press Refresh; you can still import audio files as takes.</source>
        <translation>未找到输入设备。请连接麦克风并点击“刷新”；你仍可将音频文件导入为录音。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="187" />
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="191" />
        <source>Monitoring %1 at %2 kHz</source>
        <translation>正在监听 %1（%2 kHz）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="198" />
        <source> Still using %1.</source>
        <translation> 仍在使用 %1。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="218" />
        <source>Peak %1 dBFS</source>
        <translation>峰值 %1 dBFS</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="219" />
        <source>RMS %1 dBFS</source>
        <translation>RMS %1 dBFS</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="220" />
        <source>Momentary %1 LUFS</source>
        <translation>瞬时响度 %1 LUFS</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="221" />
        <source>Overflows %1</source>
        <translation>溢出 %1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="224" />
        <source>Room check %1%</source>
        <translation>环境检测 %1%</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="226" />
        <source>Noise floor %1 dBFS (%2)</source>
        <translation>底噪 %1 dBFS（%2）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="233" />
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="233" />
        <source>acceptable</source>
        <translation>可接受</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="233" />
        <source>poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="280" />
        <source>Kept %1: %2, peak %3 dBFS, %4 clipped samples.</source>
        <translation>已保存 %1：%2，峰值 %3 dBFS，%4 个削波采样。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="284" />
        <source>SNR %1 dB (%2).</source>
        <translation>信噪比 %1 dB（%2）。</translation>
    </message>
</context>
<context>
    <name>ScriptBooth</name>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="88" />
        <source>Script</source>
        <translation>朗读稿</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="89" />
        <source>◀ Previous</source>
        <translation>◀ 上一句</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="90" />
        <source>Next ▶</source>
        <translation>下一句 ▶</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="92" />
        <source>Re-record line</source>
        <translation>重录此句</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="92" />
        <source>Record line</source>
        <translation>录制此句</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="100" />
        <source>Choose a script…</source>
        <translation>选择朗读稿…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="101" />
        <source>Mandarin reading script</source>
        <translation>普通话朗读稿</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="101" />
        <source>English reading script</source>
        <translation>英文朗读稿</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="106" />
        <source>Open a text file…</source>
        <translation>打开文本文件…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="115" />
        <source>Open a script (one sentence per line)</source>
        <translation>打开朗读稿（每行一句）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="116" />
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="154" />
        <source>Choose a script to start a long reading session. Each line becomes one take; aim for 20 minutes of speech to train a voice.</source>
        <translation>选择朗读稿开始长时间录制。每句生成一段录音；训练音色需要约 20 分钟的有效语音。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="161" />
        <source>Line %1 of %2</source>
        <translation>第 %1 / %2 行</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="164" />
        <source>%1 of %2 minutes of speech · %3 lines to redo</source>
        <translation>有效语音 %1 / %2 分钟 · %3 句需重录</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="198" />
        <source>✓ Line %1 is good.</source>
        <translation>✓ 第 %1 句合格。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="202" />
        <source>✓ Good take.</source>
        <translation>✓ 录音合格。</translation>
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
    <name>TakesModel</name>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="48" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="48" />
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="48" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="48" />
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="48" />
        <source>Clips</source>
        <translation>削波</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="49" />
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="49" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="49" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="74" />
        <source>recorded</source>
        <translation>录制</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="74" />
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="75" />
        <source>recovered</source>
        <translation>已恢复</translation>
    </message>
</context>
<context>
    <name>TakesPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="98" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="98" />
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="99" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="100" />
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="101" />
        <source>Validate</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="102" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="102" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="103" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="104" />
        <source>Show trash</source>
        <translation>显示回收站</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="105" />
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="106" />
        <source>Drop audio files here to import them as takes.</source>
        <translation>将音频文件拖到这里即可导入为录音。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="108" />
        <source>The trash is empty</source>
        <translation>回收站是空的</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="108" />
        <source>Deleted takes wait here until you empty the trash.</source>
        <translation>删除的录音会保留在这里，直到你清空回收站。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="111" />
        <source>No takes yet</source>
        <translation>还没有录音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="112" />
        <source>Connect a microphone and press Record, or drop audio files here. A 10–20 s take is enough for zero-shot cloning; training needs a 20-minute script session (Script booth tab).</source>
        <translation>连接麦克风并点击“录音”，或将音频文件拖到这里。零样本复刻只需 10–20 秒录音；训练需要约 20 分钟的脚本录制（“脚本录音棚”标签页）。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="188" />
        <source>Rename take</source>
        <translation>重命名录音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="188" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="197" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="197" />
        <source>Tags (comma-separated)</source>
        <translation>标签（以逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="210" />
        <source>Import audio as takes</source>
        <translation>将音频导入为录音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="211" />
        <source>Audio (%1)</source>
        <translation>音频 (%1)</translation>
    </message>
</context>
<context>
    <name>TrainDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="40" />
        <source>Train a voice on %1</source>
        <translation>在 %1 训练音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="49" />
        <source>letters, digits and _</source>
        <translation>字母、数字和下划线</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="50" />
        <source>Model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="55" />
        <source>Training epochs (≤ 50)</source>
        <translation>训练轮数（≤ 50）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="57" />
        <source>Takes to train on</source>
        <translation>用于训练的录音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="63" />
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="79" />
        <source>Build, upload and train</source>
        <translation>打包、上传并训练</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="97" />
        <source>Sambert learns a voice from at least 20 minutes of Mandarin speech: the script booth is the easy way to record it. The takes are checked and zipped (≤ 300 MB), uploaded, and trained; a person then reviews the result (up to one working day). Training is free; at most 10 models and 2 trainings at a time per account.</source>
        <translation>Sambert 需要至少 20 分钟的普通话语音来学习音色，用“脚本录音棚”录制最方便。录音会经过检查并打包成 zip（≤ 300 MB）、上传并训练，之后由人工审核（不超过一个工作日）。训练免费；每个账号最多 10 个模型，同时最多 2 个训练任务。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="101" />
        <source>Tencent trains a model from long, clean read speech (no minimum is published: aim for 20 minutes). The takes are uploaded to your content repository and a training job is created.</source>
        <translation>腾讯用较长、干净的朗读语音训练模型（未公布最低时长：建议 20 分钟）。录音会上传到你的内容库，并创建训练任务。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="121" />
        <source>%1 min recorded in %2 takes; %3 min of speech needed. Speech is measured when the dataset is built, so pauses do not count.</source>
        <translation>已录制 %1 分钟，共 %2 段；需要 %3 分钟有效语音。打包数据集时会测量有效语音，停顿不计入。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="131" />
        <source>Give the model a name and choose at least one take.</source>
        <translation>请为模型命名，并至少选择一段录音。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="136" />
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="153" />
        <source>Job %1 started: %2. Follow it in the Library; you will be told when it settles.</source>
        <translation>任务 %1 已开始：%2。可在音色库中跟踪进度，任务结束时会通知你。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="155" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="165" />
        <source>Cancelled. Nothing was created; your takes are untouched.</source>
        <translation>已取消。没有创建任何内容，你的录音保持不变。</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <location filename="../../studio/services/training_service.py" line="61" />
        <source>Starting training on %1</source>
        <translation>正在 %1 开始训练</translation>
    </message>
    <message>
        <location filename="../../studio/services/training_service.py" line="71" />
        <source>Refreshing %1</source>
        <translation>正在刷新 %1</translation>
    </message>
    <message>
        <location filename="../../studio/services/training_service.py" line="83" />
        <source>Cancelling %1</source>
        <translation>正在取消 %1</translation>
    </message>
    <message>
        <location filename="../../studio/services/training_service.py" line="95" />
        <source>Deleting %1</source>
        <translation>正在删除 %1</translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="153" />
        <source>Validate</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="156" />
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="157" />
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="158" />
        <source>Analyse again</source>
        <translation>重新分析</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="159" />
        <source>Play / stop</source>
        <translation>播放 / 停止</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="161" />
        <source>Nothing to check yet</source>
        <translation>还没有可检查的音频</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="162" />
        <source>Record a take or drop an audio file here to see, before any upload, whether each provider would accept it — and fix what can be fixed.</source>
        <translation>录一段音或将音频文件拖到这里，在上传之前就能看到各服务商是否会接受它，并修复可修复的问题。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="164" />
        <source>Open an audio file…</source>
        <translation>打开音频文件…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="165" />
        <source>Measurements</source>
        <translation>测量结果</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="166" />
        <source>Fix (writes a new sample):</source>
        <translation>修复（生成新样本）：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="167" />
        <source>Convert</source>
        <translation>转换格式</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="168" />
        <source>Mono, 16-bit WAV at the provider's rate</source>
        <translation>单声道、16 位 WAV，采样率符合服务商要求</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="169" />
        <source>Trim edges</source>
        <translation>裁剪首尾</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="170" />
        <source>Cut leading and trailing silence to about 150 ms</source>
        <translation>将首尾静音裁剪到约 150 毫秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="171" />
        <source>Normalise loudness</source>
        <translation>响度标准化</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="172" />
        <source>−20 LUFS, peaks at or below −3 dBFS</source>
        <translation>−20 LUFS，峰值不超过 −3 dBFS</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="173" />
        <source>Best 10–20 s</source>
        <translation>最佳 10–20 秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="174" />
        <source>The cleanest continuous 10–20 s for zero-shot cloning</source>
        <translation>截取最干净的连续 10–20 秒，用于零样本复刻</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="175" />
        <source>Clone:</source>
        <translation>复刻：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="176" />
        <source>Enroll on CosyVoice</source>
        <translation>在 CosyVoice 复刻</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="177" />
        <source>Clone with the offline engine</source>
        <translation>用离线引擎复刻</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="178" />
        <source>Train on Sambert…</source>
        <translation>在 Sambert 训练…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="179" />
        <source>Train on Tencent…</source>
        <translation>在腾讯训练…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="180" />
        <source>Green: speech · orange: pauses longer than allowed · red: clipping</source>
        <translation>绿色：语音 · 橙色：超出允许的停顿 · 红色：削波</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="195" />
        <source> (sample)</source>
        <translation>（样本）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="223" />
        <source>Open an audio file to check</source>
        <translation>打开要检查的音频文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="224" />
        <source>Audio (*.wav *.flac *.ogg *.mp3 *.m4a *.aac);;All files (*)</source>
        <translation>音频 (*.wav *.flac *.ogg *.mp3 *.m4a *.aac);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="233" />
        <source>Analysing %1…</source>
        <translation>正在分析 %1…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="261" />
        <source>Fix the errors in this column first</source>
        <translation>请先修复此列中的错误</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="272" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="274" />
        <source>Rate, channels</source>
        <translation>采样率、声道</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="275" />
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="276" />
        <source>Peak / true peak</source>
        <translation>峰值 / 真峰值</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="277" />
        <source>RMS / loudness</source>
        <translation>RMS / 响度</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="278" />
        <source>Noise floor / SNR</source>
        <translation>底噪 / 信噪比</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="280" />
        <source>Clipping</source>
        <translation>削波</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="280" />
        <source>%1 runs, longest %2 samples</source>
        <translation>%1 处，最长 %2 个采样</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="282" />
        <source>Speech</source>
        <translation>语音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="282" />
        <source>%1 s effective, longest %2 s continuous</source>
        <translation>有效 %1 秒，最长连续 %2 秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="284" />
        <source>Pauses</source>
        <translation>停顿</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="284" />
        <source>longest %1 s; edges %2 / %3 s</source>
        <translation>最长 %1 秒；首尾 %2 / %3 秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="286" />
        <source>Bandwidth</source>
        <translation>有效带宽</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="287" />
        <source>DC offset</source>
        <translation>直流偏移</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="290" />
        <source>Channel difference</source>
        <translation>声道差异</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="315" />
        <source>No problem found in this column.</source>
        <translation>此列未发现问题。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="320" />
        <source>Measured %1, limit %2.</source>
        <translation>测量值 %1，限值 %2。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="323" />
        <source>The provider would answer %1.</source>
        <translation>服务商会返回 %1。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="325" />
        <source>Fix: %1.</source>
        <translation>修复：%1。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="327" />
        <source>Source: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="335" />
        <source>Applying the fix…</source>
        <translation>正在修复…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="339" />
        <source>New sample: %1</source>
        <translation>新样本：%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="348" />
        <source>Name the voice</source>
        <translation>为音色命名</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="349" />
        <source>Voice name (CosyVoice uses it as the id prefix: up to 10 letters or digits)</source>
        <translation>音色名称（CosyVoice 将其用作 ID 前缀：最多 10 个字母或数字）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="350" />
        <source>Voice name</source>
        <translation>音色名称</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="353" />
        <source>Cloning on %1…</source>
        <translation>正在 %1 复刻…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="359" />
        <source>Voice “%1” is in the Library (%2).</source>
        <translation>音色“%1”已加入音色库（%2）。</translation>
    </message>
</context>
<context>
    <name>ValidationService</name>
    <message>
        <location filename="../../studio/services/validation_service.py" line="82" />
        <source>Analysing %1</source>
        <translation>正在分析 %1</translation>
    </message>
    <message>
        <location filename="../../studio/services/validation_service.py" line="118" />
        <source>Fixing %1</source>
        <translation>正在修复 %1</translation>
    </message>
    <message>
        <location filename="../../studio/services/validation_service.py" line="137" />
        <source>Cloning on %1</source>
        <translation>正在 %1 复刻</translation>
    </message>
</context>
<context>
    <name>VoiceDetail</name>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="103" />
        <source>Voice</source>
        <translation>音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="104" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="104" />
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="104" />
        <source>Remote id</source>
        <translation>远端 ID</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="105" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="105" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="105" />
        <source>Created / modified</source>
        <translation>创建 / 修改时间</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="106" />
        <source>Reference sample</source>
        <translation>参考样本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="106" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="106" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="109" />
        <source>comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="110" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="111" />
        <source>Play and check…</source>
        <translation>播放并检查…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="112" />
        <source>Open the reference sample in Validate: waveform, playback, report</source>
        <translation>在“检查”页打开参考样本：波形、播放、报告</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="113" />
        <source>Save name, tags and notes</source>
        <translation>保存名称、标签和备注</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="114" />
        <source>Job history</source>
        <translation>任务历史</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="115" />
        <source>Audition</source>
        <translation>试听</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="116" />
        <source>Update from sample…</source>
        <translation>用新样本更新…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="117" />
        <source>Clone on another provider</source>
        <translation>在其他服务商复刻</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="118" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="142" />
        <source>vendor says %1</source>
        <translation>服务商状态 %1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="146" />
        <source>none recorded here</source>
        <translation>不是在本机录制的</translation>
    </message>
</context>
<context>
    <name>VoicesModel</name>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="61" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="61" />
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="61" />
        <source>Remote id</source>
        <translation>远端 ID</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="61" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="61" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="62" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="62" />
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="62" />
        <source>Source sample</source>
        <translation>源样本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="62" />
        <source>Last audition</source>
        <translation>最近试听</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="63" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="84" />
        <source>Vendor status: %1</source>
        <translation>服务商状态：%1</translation>
    </message>
</context>
</TS>