<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="205" />
        <source>Collecting diagnostics…</source>
        <translation>正在收集诊断信息…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="207" />
        <source>Collecting diagnostics</source>
        <translation>收集诊断信息</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="214" />
        <source>Diagnostics copied to the clipboard. They list which keys are set, never the keys themselves.</source>
        <translation>诊断信息已复制到剪贴板。其中只列出哪些密钥已设置，绝不包含密钥本身。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="228" />
        <source>About Voice Studio</source>
        <translation>关于语音工作室</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="229" />
        <source>Voice Studio</source>
        <translation>语音工作室</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="230" />
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="231" />
        <source>Record, validate, clone and audition voices with cloud and offline engines.</source>
        <translation>用云端和离线引擎录音、检查、复刻并试听音色。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="232" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="233" />
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="234" />
        <source>Runtime</source>
        <translation>运行环境</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="235" />
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="236" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>AccountBox</name>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="164" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="174" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="153" />
        <source>Reading stored keys</source>
        <translation>读取已保存的密钥</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="172" />
        <source>Saving provider keys</source>
        <translation>保存服务商密钥</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="178" />
        <source>Provider accounts</source>
        <translation>服务商账号</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="179" />
        <source>Optional: the offline engine needs no account.</source>
        <translation>可选：离线引擎无需账号。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="181" />
        <source>The offline engine makes a preview voice on this computer and is the default. Add a cloud account now for full-quality cloning, or skip and add it later on the Providers pane.</source>
        <translation>离线引擎在本机生成预览音色，是默认选项。现在添加云端账号可获得完整质量的复刻；也可以跳过，稍后在“服务商”页添加。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="189" />
        <source>This account also needs: %1. Finish its set-up on the Providers pane.</source>
        <translation>该账号还需要：%1。请在“服务商”页完成设置。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="192" />
        <source>Default provider</source>
        <translation>默认服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="199" />
        <source>Keys are kept in the system keyring.</source>
        <translation>密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="200" />
        <source>Keys are kept in a private file in the data folder (readable by your user account, not encrypted).</source>
        <translation>密钥保存在数据文件夹中的私有文件里（你的用户账号可读取，未加密）。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="203" />
        <source>Keys are kept for this session only and forgotten when the studio quits.</source>
        <translation>密钥仅在本次会话中保留，退出工作室后即被清除。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="204" />
        <source>No system keyring is available.</source>
        <translation>系统密钥环不可用。</translation>
    </message>
</context>
<context>
    <name>AccountsService</name>
    <message>
        <location filename="../../studio/services/accounts.py" line="102" />
        <source>Testing %1</source>
        <translation>正在测试 %1</translation>
    </message>
</context>
<context>
    <name>ActivityWidget</name>
    <message>
        <location filename="../../studio/ui/widgets/activity.py" line="40" />
        <source>No background tasks</source>
        <translation>没有后台任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/activity.py" line="44" />
        <source>1 background task</source>
        <translation>1 个后台任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/activity.py" line="45" />
        <source>%1 background tasks</source>
        <translation>%1 个后台任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/activity.py" line="46" />
        <source>Click to see or cancel them</source>
        <translation>点击查看或取消</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/activity.py" line="59" />
        <source>Nothing is running</source>
        <translation>没有正在运行的任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/activity.py" line="62" />
        <source>Cancel: %1</source>
        <translation>取消：%1</translation>
    </message>
</context>
<context>
    <name>AudioPage</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="124" />
        <source>Looking for input devices</source>
        <translation>查找输入设备</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="203" />
        <source>The microphone stopped delivering sound.</source>
        <translation>麦克风已停止传来声音。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="264" />
        <source>The microphone could not be used: %1</source>
        <translation>无法使用该麦克风：%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="269" />
        <source>No sound at all came in (%1 dBFS): the microphone is muted, switched off or not the input you speak into. Check its mute switch and the system's input level, then check again.</source>
        <translation>完全没有收到声音（%1 dBFS）：麦克风可能被静音、关闭，或者不是您说话所用的输入设备。请检查静音开关和系统输入音量，然后重新检测。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="273" />
        <source>Noise floor %1 dBFS: excellent, as quiet as a recording booth.</source>
        <translation>底噪 %1 dBFS：极佳，与录音棚一样安静。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="275" />
        <source>Noise floor %1 dBFS: good for cloning.</source>
        <translation>底噪 %1 dBFS：适合复刻。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="277" />
        <source>Noise floor %1 dBFS: acceptable. A quieter room will give a cleaner voice.</source>
        <translation>底噪 %1 dBFS：尚可。房间更安静，音色会更干净。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="279" />
        <source>Noise floor %1 dBFS: too noisy for cloning. Switch off fans, close the window, or move the microphone away from the computer, then check again.</source>
        <translation>底噪 %1 dBFS：噪声太大，不适合复刻。请关掉风扇、关好窗户，或让麦克风远离电脑，然后再检测一次。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="286" />
        <source>Looking for input devices…</source>
        <translation>正在查找输入设备…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="288" />
        <source>No input device was found. Connect a microphone and press Refresh, or skip this step: you can record later, and import audio files without a microphone.</source>
        <translation>没有找到输入设备。请连接麦克风后点“刷新”，或跳过此步：你可以稍后再录音，没有麦克风也可以导入音频文件。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="295" />
        <source>Choose the microphone you will record with.</source>
        <translation>选择你要用来录音的麦克风。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="304" />
        <source>Measuring… stay quiet</source>
        <translation>正在测量… 请保持安静</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="306" />
        <source>Opening the microphone…</source>
        <translation>正在打开麦克风…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="308" />
        <source>Check the room (5 s)</source>
        <translation>检测环境（5 秒）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="309" />
        <source>Check again</source>
        <translation>再检测一次</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="315" />
        <source>Microphone and room</source>
        <translation>麦克风与环境</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="316" />
        <source>Pick your microphone, see it react, and measure the room's background noise.</source>
        <translation>选择麦克风，确认它有反应，并测量房间的背景噪声。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="320" />
        <source>Say a few words: the meter should move. Aim for peaks in the green band.</source>
        <translation>说几句话：电平表应当跳动。让峰值落在绿色区间内。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="321" />
        <source>Then press the button and stay quiet for 5 seconds: the studio listens to the room and rates its noise floor (−60 dBFS or lower is good).</source>
        <translation>然后按下按钮并保持安静 5 秒：工作室会聆听房间并评估底噪（−60 dBFS 或更低为好）。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="317" />
        <source>Input device</source>
        <translation>输入设备</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="318" />
        <source>No input device</source>
        <translation>无输入设备</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="319" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>AuditionService</name>
    <message>
        <location filename="../../studio/services/audition.py" line="136" />
        <source>Listing voices</source>
        <translation>正在列出音色</translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="191" />
        <source>Synthesizing with %1</source>
        <translation>正在用 %1 合成</translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="298" />
        <source>Reading the waveform</source>
        <translation>正在读取波形</translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="311" />
        <location filename="../../studio/services/audition.py" line="318" />
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="334" />
        <source>Matching loudness</source>
        <translation>正在匹配响度</translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="345" />
        <source>Batch synthesis into %1</source>
        <translation>批量合成到 %1</translation>
    </message>
</context>
<context>
    <name>CaptureService</name>
    <message>
        <location filename="../../studio/services/capture.py" line="70" />
        <source>Listing devices</source>
        <translation>正在列出设备</translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="95" />
        <source>Opening input</source>
        <translation>正在打开输入设备</translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="108" />
        <source>Closing input</source>
        <translation>正在关闭输入设备</translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="169" />
        <source>Take %1</source>
        <translation>录音 %1</translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="203" />
        <source>Finishing the take</source>
        <translation>正在完成录音</translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="236" />
        <source>Emptying the trash</source>
        <translation>正在清空回收站</translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="250" />
        <source>Importing audio</source>
        <translation>正在导入音频</translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="261" />
        <source>Recovering unfinished takes</source>
        <translation>正在恢复未完成的录音</translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="271" />
        <source>Reading the waveform</source>
        <translation>正在读取波形</translation>
    </message>
</context>
<context>
    <name>CloneBar</name>
    <message>
        <location filename="../../studio/ui/widgets/clone_bar.py" line="76" />
        <source>Clone:</source>
        <translation>复刻：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/clone_bar.py" line="80" />
        <source>Clone on %1…</source>
        <translation>在 %1 复刻…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/clone_bar.py" line="81" />
        <source>Train on %1…</source>
        <translation>在 %1 训练…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/clone_bar.py" line="94" />
        <source>%1 would refuse this sample: fix the errors in its column first</source>
        <translation>%1 会拒绝此样本：请先修正该列中的错误</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/clone_bar.py" line="130" />
        <source>Cloning “%1” on %2…</source>
        <translation>正在 %2 上复刻“%1”…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/clone_bar.py" line="143" />
        <source>%1 is making the voice “%2” (%3); it appears in the Library when it is ready.</source>
        <translation>%1 正在生成音色“%2”（%3）；完成后会出现在音色库中。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/clone_bar.py" line="146" />
        <source>Cloning started on %1.</source>
        <translation>已在 %1 开始复刻。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/clone_bar.py" line="150" />
        <source>Voice “%1” is in the Library (%2).</source>
        <translation>音色“%1”已加入音色库（%2）。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/clone_bar.py" line="154" />
        <source>Cloned “%1” on %2.</source>
        <translation>已在 %2 上复刻“%1”。</translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="53" />
        <source>Clone a voice on %1</source>
        <translation>在 %1 复刻音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="59" />
        <source>A new voice on %1 from “%2”. The provider makes it in a few minutes; the Library follows it and tells you when it is ready.</source>
        <translation>用“%2”在 %1 上生成新音色。服务商需要几分钟完成；音色库会跟进并在完成时通知您。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="61" />
        <source>A new voice on %1 from “%2”; it appears in the Library at once.</source>
        <translation>用“%2”在 %1 上生成新音色；它会立即出现在音色库中。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="72" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="92" />
        <source>More options</source>
        <translation>更多选项</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="111" />
        <source>Start cloning</source>
        <translation>开始复刻</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="111" />
        <source>Clone</source>
        <translation>复刻</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="134" />
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="146" />
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="148" />
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="216" />
        <source>Give the voice a name.</source>
        <translation>请为音色命名。</translation>
    </message>
</context>
<context>
    <name>CloneService</name>
    <message>
        <location filename="../../studio/services/clone_service.py" line="82" />
        <source>Asking %1 for lines to read</source>
        <translation>正在向 %1 获取朗读文本</translation>
    </message>
    <message>
        <location filename="../../studio/services/clone_service.py" line="104" />
        <source>%1 is checking the take</source>
        <translation>%1 正在检测录音</translation>
    </message>
    <message>
        <location filename="../../studio/services/clone_service.py" line="120" />
        <source>%1 is checking the room</source>
        <translation>%1 正在检测环境</translation>
    </message>
    <message>
        <location filename="../../studio/services/clone_service.py" line="144" />
        <source>Cloning on %1</source>
        <translation>正在 %1 上复刻</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="243" />
        <source>Where your data is kept</source>
        <translation>数据保存位置</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="244" />
        <source>Recordings, the voice library, settings and logs live in one folder.</source>
        <translation>录音、音色库、设置和日志都保存在同一个文件夹中。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="245" />
        <source>Your data folder:</source>
        <translation>你的数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="246" />
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="248" />
        <source>It was chosen with the environment variable %1.</source>
        <translation>它由环境变量 %1 指定。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="250" />
        <source>To keep it somewhere else, set the environment variable %1 to a folder before starting the studio.</source>
        <translation>如需保存到其他位置，请在启动工作室之前将环境变量 %1 设为某个文件夹。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="253" />
        <source>The log is written to %1.</source>
        <translation>日志写入 %1。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="254" />
        <source>You can run this set-up again from Help ▸ First-run setup…</source>
        <translation>之后可以通过“帮助 ▸ 首次运行设置…”再次运行此设置。</translation>
    </message>
</context>
<context>
    <name>DeleteRefusedDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="62" />
        <source>The provider kept the voice</source>
        <translation>服务商保留了该音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="66" />
        <source>%2 did not delete “%1”: it does not delete it in its current state. Nothing was removed, neither at %2 nor from this library.

You can remove it from this library only. %2 keeps it, it still counts against the account, and the next sync lists it here again.</source>
        <translation>%2 没有删除“%1”：它在当前状态下不允许删除。%2 和本音色库中都没有删除任何内容。

可以只从本音色库中移除它。%2 仍会保留它，它仍占用账号的额度，下次同步时它会再次出现在这里。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="75" />
        <source>What %1 answered: %2</source>
        <translation>%1 的答复：%2</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="81" />
        <source>Show the provider's answer</source>
        <translation>查看服务商的答复</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="87" />
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="88" />
        <source>Remove from the library only</source>
        <translation>仅从音色库移除</translation>
    </message>
</context>
<context>
    <name>DeleteVoiceDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="21" />
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="47" />
        <source>Delete voice</source>
        <translation>删除音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="27" />
        <source>Delete “%1”?

The voice is removed from this library and from the offline engine on this computer. Your takes and samples stay; you can clone it again from them.</source>
        <translation>删除“%1”？

该音色将从音色库和本机离线引擎中移除。您的录音和样本会保留，可以用它们重新复刻。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="30" />
        <source>Delete “%1” (%2)?

The voice is removed from this library. Your takes and samples stay on this computer.</source>
        <translation>删除“%1”（%2）？

该音色将从音色库中移除。你的录音和样本仍保留在本机。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="35" />
        <source>Also delete it at %1: it cannot be undone, and frees one of the account's voice places</source>
        <translation>同时在 %1 删除：此操作无法撤销，并会释放账号的一个音色名额</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="44" />
        <source>%1 no longer has this voice</source>
        <translation>%1 已没有这个音色</translation>
    </message>
</context>
<context>
    <name>DesignVoiceDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="42" />
        <source>Design a voice</source>
        <translation>设计音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="45" />
        <source>Describe the voice in words. The provider makes it and reads your preview line with it; the voice then appears in the Library with its preview.</source>
        <translation>用文字描述想要的声音。服务商会据此生成音色，并用它朗读你的试听文本；随后音色连同试听音频出现在音色库中。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="55" />
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="60" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="64" />
        <source>For example: a calm middle-aged male announcer, deep and warm, speaking at an even pace</source>
        <translation>例如：沉稳的中年男性播音员，音色低沉浑厚，语速平稳</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="68" />
        <source>Description</source>
        <translation>音色描述</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="72" />
        <source>A line for the new voice to read as its preview</source>
        <translation>新音色试听时朗读的一句话</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="75" />
        <source>Preview text</source>
        <translation>试听文本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="95" />
        <source>Play preview</source>
        <translation>播放试听</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="99" />
        <source>Design voice</source>
        <translation>设计音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="145" />
        <source>%1 of at most %2 characters</source>
        <translation>%1 个字符，最多 %2 个</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="167" />
        <source>Designing “%1” at %2… This takes up to a minute.</source>
        <translation>正在 %2 设计“%1”……最多约需一分钟。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="187" />
        <source>Designed “%1”: it is in the Library, selected.</source>
        <translation>已设计“%1”：它已在音色库中选中。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="188" />
        <source>Play its preview here or from the voice's details.</source>
        <translation>可在这里或音色详情中播放试听。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="189" />
        <source>The provider sent no preview; audition the voice to hear it.</source>
        <translation>服务商没有返回试听音频；请试听该音色来听效果。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="191" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="199" />
        <source>(request id %1)</source>
        <translation>（请求 ID：%1）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="200" />
        <source>Nothing was designed: %1</source>
        <translation>未设计任何音色：%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="204" />
        <source>Cancelled. If the provider had already made the voice, the next sync lists it.</source>
        <translation>已取消。如果服务商已经生成了该音色，下次同步时会列出它。</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../studio/ui/widgets/field_form.py" line="91" />
        <source>More settings</source>
        <translation>更多设置</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/field_form.py" line="108" />
        <location filename="../../studio/ui/widgets/field_form.py" line="111" />
        <source>from the environment (%1)</source>
        <translation>来自环境变量（%1）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/field_form.py" line="109" />
        <source>already set — type to replace</source>
        <translation>已设置 — 输入新值即可替换</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/field_form.py" line="109" />
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/field_form.py" line="112" />
        <source>optional</source>
        <translation>可选</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="312" />
        <source>Set up Voice Studio</source>
        <translation>设置语音工作室</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="313" />
        <source>Skip this step</source>
        <translation>跳过此步</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="314" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="315" />
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="316" />
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="317" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../studio/ui/format.py" line="62" />
        <location filename="../../studio/ui/format.py" line="84" />
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="64" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="67" />
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="69" />
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="113" />
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="113" />
        <source>Expired on %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="115" />
        <source>expires today</source>
        <translation>今天过期</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="117" />
        <source>expires tomorrow</source>
        <translation>明天过期</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="119" />
        <source>expires in %1 days</source>
        <translation>%1 天后过期</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="122" />
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="122" />
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="123" />
        <source>in %1 days</source>
        <translation>还有 %1 天</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="124" />
        <source>Expires on %1 (%2)</source>
        <translation>%1 过期（%2）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="139" />
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="140" />
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="152" />
        <source>mono</source>
        <translation>单声道</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="152" />
        <source>stereo</source>
        <translation>立体声</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="152" />
        <source>%1 channels</source>
        <translation>%1 个声道</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="159" />
        <source>%1, %2-bit float</source>
        <translation>%1，%2 位浮点</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="161" />
        <source>%1, %2-bit PCM</source>
        <translation>%1，%2 位 PCM</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="194" />
        <source>Convert</source>
        <translation>转换格式</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="195" />
        <source>Trim edges</source>
        <translation>裁剪首尾</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="196" />
        <source>Normalise loudness</source>
        <translation>响度标准化</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="197" />
        <source>Best 10–20 s</source>
        <translation>最佳 10–20 秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="198" />
        <source>Build a training dataset</source>
        <translation>构建训练数据集</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="199" />
        <source>Keep selection</source>
        <translation>保留选区</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="200" />
        <source>a fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="206" />
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="207" />
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="208" />
        <location filename="../../studio/ui/format.py" line="209" />
        <source>Sample rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="210" />
        <location filename="../../studio/ui/format.py" line="211" />
        <location filename="../../studio/ui/format.py" line="212" />
        <source>Channels</source>
        <translation>声道</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="213" />
        <source>No speech</source>
        <translation>无语音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="214" />
        <source>No speech found</source>
        <translation>未检测到语音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="215" />
        <location filename="../../studio/ui/format.py" line="217" />
        <location filename="../../studio/ui/format.py" line="218" />
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="216" />
        <source>Amount of speech</source>
        <translation>有效语音量</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="219" />
        <source>Continuous speech</source>
        <translation>连续语音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="220" />
        <source>Pauses</source>
        <translation>停顿</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="221" />
        <source>Bandwidth</source>
        <translation>有效带宽</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="222" />
        <source>Silence at the edges</source>
        <translation>首尾静音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="223" />
        <source>Clipping</source>
        <translation>削波</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="224" />
        <source>Peak level</source>
        <translation>峰值电平</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="225" />
        <source>Too quiet</source>
        <translation>音量过低</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="226" />
        <source>Too loud</source>
        <translation>音量过大</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="227" />
        <source>Background noise</source>
        <translation>背景噪声</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="228" />
        <source>Speech over noise</source>
        <translation>信噪比</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="229" />
        <source>DC offset</source>
        <translation>直流偏移</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="230" />
        <source>Level swings</source>
        <translation>音量起伏</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="231" />
        <source>Channel balance</source>
        <translation>声道平衡</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="232" />
        <source>Training dataset</source>
        <translation>训练数据集</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="233" />
        <source>File missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="234" />
        <source>Not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="235" />
        <source>Unreadable file</source>
        <translation>文件无法读取</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="236" />
        <source>Empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="237" />
        <source>Not audio</source>
        <translation>不是音频</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="238" />
        <source>No audio stream</source>
        <translation>没有音频流</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="239" />
        <source>Damaged file</source>
        <translation>文件损坏</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="240" />
        <source>File cut short</source>
        <translation>文件不完整</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="241" />
        <source>Decoding</source>
        <translation>解码</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="250" />
        <source>must fix</source>
        <translation>必须修正</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="250" />
        <source>should fix</source>
        <translation>建议修正</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="250" />
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="269" />
        <source>Measured %1; the limit is %2.</source>
        <translation>测得 %1；限值为 %2。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="272" />
        <source>Uploaded as it is, the provider would refuse it: %1</source>
        <translation>按原样上传，服务商会拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="275" />
        <source>The “%1” fix below can repair this.</source>
        <translation>下方的“%1”修复可以解决此问题。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="277" />
        <source>No automatic fix: record it again.</source>
        <translation>无法自动修复：请重新录制。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="281" />
        <source>From: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="297" />
        <source>System default input</source>
        <translation>系统默认输入</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="298" />
        <source>System default (ALSA)</source>
        <translation>系统默认（ALSA）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="299" />
        <source>PulseAudio sound server</source>
        <translation>PulseAudio 声音服务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="300" />
        <source>PipeWire sound server</source>
        <translation>PipeWire 声音服务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="301" />
        <source>JACK sound server</source>
        <translation>JACK 声音服务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="302" />
        <source>ALSA mixer</source>
        <translation>ALSA 混音器</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="303" />
        <source>ALSA shared input</source>
        <translation>ALSA 共享输入</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="307" />
        <location filename="../../studio/ui/format.py" line="309" />
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="315" />
        <source>clipping</source>
        <translation>削波</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="316" />
        <source>too quiet</source>
        <translation>音量过低</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="317" />
        <source>too loud</source>
        <translation>音量过大</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="318" />
        <source>long silence</source>
        <translation>长时间静音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="319" />
        <source>audio lost</source>
        <translation>音频丢失</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="324" />
        <source>recorded</source>
        <translation>录制</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="324" />
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="324" />
        <source>recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="329" />
        <source>voices</source>
        <translation>个音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="329" />
        <source>models</source>
        <translation>个模型</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="329" />
        <source>training jobs</source>
        <translation>个训练任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="330" />
        <source>characters</source>
        <translation>个字符</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="331" />
        <source>%1: %2 of %3 %4 used</source>
        <translation>%1：已用 %2 / %3 %4</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="336" />
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="336" />
        <source>acceptable</source>
        <translation>可接受</translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="336" />
        <source>poor</source>
        <translation>较差</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="140" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="141" />
        <source>Search text, voice, provider…</source>
        <translation>搜索文本、音色、服务商…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="142" />
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="143" />
        <source>A/B</source>
        <translation>A/B 对比</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="152" />
        <source>first audio %1</source>
        <translation>首段音频 %1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="199" />
        <source>Select an audition first</source>
        <translation>请先选择一条试听</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="201" />
        <source>Compare the two selected auditions at matched loudness; Tab switches</source>
        <translation>以相同响度对比所选的两条试听；按 Tab 切换</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="203" />
        <source>Select two auditions (Ctrl+click) to compare them</source>
        <translation>选择两条试听（Ctrl+单击）即可对比</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="244" />
        <source>Playing %1 (loudness matched: B %2). Press Tab to switch.</source>
        <translation>正在播放 %1（响度已匹配：B %2）。按 Tab 切换。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="263" />
        <source>Exported “%1”.</source>
        <translation>已导出“%1”。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="264" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="272" />
        <source>Deleted %1 from the history.</source>
        <translation>已从历史记录中删除 %1。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="273" />
        <source>1 audition</source>
        <translation>1 条试听</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="273" />
        <source>%1 auditions</source>
        <translation>%1 条试听</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="144" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="145" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="252" />
        <source>Export audition</source>
        <translation>导出试听</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="253" />
        <source>WAV (*.wav);;MP3 (*.mp3)</source>
        <translation>WAV (*.wav);;MP3 (*.mp3)</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="60" />
        <source>Refresh status</source>
        <translation>刷新状态</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="61" />
        <source>Cancel job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="62" />
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="119" />
        <source>Delete job</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="67" />
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="75" />
        <source>voice from a sample</source>
        <translation>样本生成音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="77" />
        <source>Job id at the provider: %1</source>
        <translation>服务商处的任务 ID：%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="79" />
        <source>The provider's own word: %1</source>
        <translation>服务商原始状态：%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="95" />
        <source>Training job</source>
        <translation>训练任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="106" />
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="116" />
        <source>this job</source>
        <translation>该任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="107" />
        <source>Stop training “%1” at %2? The provider ends the job; the training done so far is lost. Your takes stay on this computer.</source>
        <translation>停止在 %2 上训练“%1”？服务商会结束该任务，已完成的训练将丢失。您的录音仍保留在本机。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="109" />
        <source>Cancel training</source>
        <translation>取消训练</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="109" />
        <source>Keep training</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="117" />
        <source>Delete training job “%1” at %2? It is deleted at the provider and here, and cannot be undone. Your takes stay on this computer.</source>
        <translation>删除 %2 上的训练任务“%1”？任务将在服务商处和本机同时删除，无法撤销。您的录音仍保留在本机。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="119" />
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="136" />
        <source>Select a job first</source>
        <translation>请先选择一个任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="140" />
        <source>Only a job that is waiting or training can be cancelled</source>
        <translation>只有等待中或训练中的任务可以取消</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="67" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="67" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="67" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="67" />
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="68" />
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="74" />
        <source>(not named yet)</source>
        <translation>（尚未命名）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="75" />
        <source>training</source>
        <translation>训练中</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="97" />
        <source>Welcome to Voice Studio</source>
        <translation>欢迎使用语音工作室</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="98" />
        <source>Choose the language of the studio.</source>
        <translation>选择工作室的界面语言。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="100" />
        <source>This short set-up checks your microphone and the room, adds provider accounts if you have them, and shows where your recordings are kept. Every step can be skipped.</source>
        <translation>这个简短的设置会检查你的麦克风和房间环境，添加你已有的服务商账号，并告诉你录音保存在哪里。每一步都可以跳过。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="102" />
        <source>You can switch the language at any time from the Language menu.</source>
        <translation>你可以随时在“语言”菜单中切换语言。</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../studio/ui/widgets/meter.py" line="36" />
        <source>Peak (light bar), RMS (dark bar), peak hold (line). Keep the peaks in the green band; above −1 dBFS (red) is too loud. Click the clip light to reset it.</source>
        <translation>峰值（浅色条）、RMS（深色条）、峰值保持（竖线）。让峰值保持在绿色区间；高于 −1 dBFS（红色）即为过响。点击削波灯可复位。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/meter.py" line="86" />
        <source>CLIP</source>
        <translation>削波</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="50" />
        <source>Design a voice…</source>
        <translation>设计音色…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="51" />
        <source>Make a new voice from a written description, with a spoken preview</source>
        <translation>根据文字描述生成新音色，并附带试听</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="89" />
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="91" />
        <source>Removed “%1” from the library; %2 still has it.</source>
        <translation>已从音色库移除“%1”；%2 仍保留它。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="115" />
        <source>%1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="116" />
        <source>A voice expires soon or has expired: %1. Clone it again to keep using it.</source>
        <translation>有音色即将过期或已过期：%1。如需继续使用，请重新复刻。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="117" />
        <source>%1 voices expire soon or have expired: %2. Clone them again to keep using them.</source>
        <translation>%1 个音色即将过期或已过期：%2。如需继续使用，请重新复刻。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="121" />
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="126" />
        <source>Choose a new reference sample</source>
        <translation>选择新的参考样本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="127" />
        <source>Audio (*.wav *.mp3 *.m4a *.flac *.ogg)</source>
        <translation>音频 (*.wav *.mp3 *.m4a *.flac *.ogg)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="133" />
        <source>Export the library to a folder</source>
        <translation>将音色库导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="138" />
        <source>Import a library folder</source>
        <translation>导入音色库文件夹</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="143" />
        <source>Exported %1 to “%2”.</source>
        <translation>已将 %1 导出到“%2”。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="145" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="151" />
        <source>Nothing new in “%1”: everything in it is already in the library.</source>
        <translation>“%1”中没有新内容：其中的一切都已在音色库中。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="154" />
        <source>Imported %1 from “%2”.</source>
        <translation>已从“%2”导入 %1。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="156" />
        <source>%1 items were already here.</source>
        <translation>%1 项已存在。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="160" />
        <source>1 voice</source>
        <translation>1 个音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="160" />
        <source>%1 voices</source>
        <translation>%1 个音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="161" />
        <source>1 take</source>
        <translation>1 条录音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="161" />
        <source>%1 takes</source>
        <translation>%1 条录音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="162" />
        <source>1 sample</source>
        <translation>1 个样本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="162" />
        <source>%1 samples</source>
        <translation>%1 个样本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="163" />
        <source>1 training job</source>
        <translation>1 个训练任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="163" />
        <source>%1 training jobs</source>
        <translation>%1 个训练任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="166" />
        <source>an empty library</source>
        <translation>一个空的音色库</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="158" />
        <source>Search names, ids, tags, notes…</source>
        <translation>搜索名称、ID、标签、备注…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="164" />
        <source>All providers</source>
        <translation>全部服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="164" />
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="169" />
        <source>Voices</source>
        <translation>音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="170" />
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="172" />
        <source>Sync all</source>
        <translation>全部同步</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="173" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="174" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="176" />
        <source>No voices yet</source>
        <translation>还没有音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="177" />
        <source>Voices you clone, and voices already on your provider accounts, appear here with their status. Clone one from the Validate pane, or sync an account.</source>
        <translation>你复刻的音色以及服务商账号中已有的音色都会连同状态显示在这里。可在“检查”页复刻一个音色，或同步账号。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="179" />
        <source>Sync all accounts</source>
        <translation>同步所有账号</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="268" />
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="277" />
        <source>Synced %1.</source>
        <translation>已同步 %1。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="278" />
        <source>%1 new voices found.</source>
        <translation>发现 %1 个新音色。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="286" />
        <source>Could not sync %1: %2</source>
        <translation>无法同步 %1：%2</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="288" />
        <source>No provider account is set up yet: add one on the Providers pane.</source>
        <translation>尚未设置任何服务商账号：请在“服务商”页添加。</translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <location filename="../../studio/services/library_service.py" line="79" />
        <source>Loading library</source>
        <translation>正在加载音色库</translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="125" />
        <source>Syncing %1</source>
        <translation>正在同步 %1</translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="159" />
        <source>Checking quota</source>
        <translation>正在查询配额</translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="193" />
        <source>Deleting %1</source>
        <translation>正在删除 %1</translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="204" />
        <source>Updating %1</source>
        <translation>正在更新 %1</translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="210" />
        <source>Exporting the library</source>
        <translation>正在导出音色库</translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="220" />
        <source>Importing a library</source>
        <translation>正在导入音色库</translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="273" />
        <source>Refreshing pending voices and jobs</source>
        <translation>正在刷新处理中的音色和任务</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../studio/ui/main_window.py" line="312" />
        <source>About Voice Studio</source>
        <translation>关于语音工作室</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="196" />
        <location filename="../../studio/ui/main_window.py" line="299" />
        <source>Voice Studio</source>
        <translation>语音工作室</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/registry.py" line="41" />
        <source>Record</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/registry.py" line="42" />
        <source>Validate</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/registry.py" line="43" />
        <source>Providers</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/registry.py" line="44" />
        <source>Library</source>
        <translation>音色库</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/registry.py" line="45" />
        <source>Playground</source>
        <translation>试听</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="179" />
        <source>This voice has no reference sample recorded here: open one in Validate.</source>
        <translation>该音色没有在本机录制的参考样本：请在“检查”页打开一个。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="183" />
        <source>Check the sample, then use the %1 button.</source>
        <translation>检查样本后，点击 %1 按钮。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="189" />
        <source>%1 training “%2”: %3</source>
        <translation>%1 训练“%2”：%3</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="304" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="305" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="306" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="307" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="308" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="309" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="310" />
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="311" />
        <source>Open log</source>
        <translation>打开日志</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="313" />
        <source>First-run setup…</source>
        <translation>首次运行设置…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="319" />
        <source>Provider: %1</source>
        <translation>服务商：%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="320" />
        <source>Choose the provider on the Providers pane</source>
        <translation>在“服务商”页选择服务商</translation>
    </message>
</context>
<context>
    <name>Measurements</name>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="42" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="42" />
        <source>%1 stretches, longest %2 samples</source>
        <translation>%1 处，最长 %2 个采样</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="46" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="48" />
        <source>Sample rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="49" />
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="50" />
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="51" />
        <source>True peak</source>
        <translation>真峰值</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="52" />
        <source>Loudness</source>
        <translation>响度</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="53" />
        <source>RMS level</source>
        <translation>RMS 电平</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="54" />
        <source>Noise floor</source>
        <translation>底噪</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="55" />
        <source>Speech over noise</source>
        <translation>信噪比</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="56" />
        <source>Clipping</source>
        <translation>削波</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="57" />
        <source>Speech</source>
        <translation>语音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="58" />
        <source>Longest stretch</source>
        <translation>最长连续语音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="59" />
        <source>Longest pause</source>
        <translation>最长停顿</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="60" />
        <source>Silence at the edges</source>
        <translation>首尾静音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="60" />
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="62" />
        <source>Bandwidth</source>
        <translation>有效带宽</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="62" />
        <source>up to %1 (of %2)</source>
        <translation>最高 %1（上限 %2）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="64" />
        <source>DC offset</source>
        <translation>直流偏移</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="67" />
        <source>Channel difference</source>
        <translation>声道差异</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../studio/ui/names.py" line="53" />
        <source>pending</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="54" />
        <source>ready</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="55" />
        <location filename="../../studio/ui/names.py" line="67" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="56" />
        <source>gone from provider</source>
        <translation>服务商处已不存在</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="57" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="63" />
        <source>waiting to start</source>
        <translation>等待开始</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="64" />
        <source>training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="65" />
        <source>trained — waiting for manual review (up to one working day)</source>
        <translation>已训练——等待人工审核（最长一个工作日）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="66" />
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="68" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="86" />
        <source>its own trained model</source>
        <translation>其训练出的专属模型</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="111" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="112" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="113" />
        <source>Cantonese</source>
        <translation>粤语</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="114" />
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="115" />
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="116" />
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="117" />
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="118" />
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="119" />
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="120" />
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="121" />
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="122" />
        <source>Thai</source>
        <translation>泰语</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="123" />
        <source>Indonesian</source>
        <translation>印尼语</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="124" />
        <source>Vietnamese</source>
        <translation>越南语</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="131" />
        <source>female voice</source>
        <translation>女声</translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="132" />
        <source>male voice</source>
        <translation>男声</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../studio/ui/widgets/notice_bar.py" line="61" />
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/notice_bar.py" line="62" />
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/notice_bar.py" line="112" />
        <source>Voice Studio</source>
        <translation>语音工作室</translation>
    </message>
</context>
<context>
    <name>OnlineCheckRow</name>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="77" />
        <source>%1 online check</source>
        <translation>%1 在线检测</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="78" />
        <source>Check online</source>
        <translation>在线检测</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="115" />
        <source>The check could not be made; see the message above.</source>
        <translation>未能完成检测；原因见上方消息。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="121" />
        <source>Choose a sample that can be read first</source>
        <translation>请先选择一个可读取的样本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="123" />
        <source>Add your %1 account in Providers first</source>
        <translation>请先在“服务商”中添加您的%1账号</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="125" />
        <source>%1 checks a reading of one of its own lines: record one in the Record pane's script booth (“Lines from %1”) and check that take</source>
        <translation>%1 只检测对其提供文本的朗读：请在“录音”页的脚本录音棚中（“%1 朗读文本”）录一句，再检测那段录音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="133" />
        <source>Send the take to the provider for its own check; nothing is cloned</source>
        <translation>把录音发给服务商做它自己的检测；不会复刻</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="138" />
        <source>Checking…</source>
        <translation>正在检测…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="144" />
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="144" />
        <source>Did not pass</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="149" />
        <source>Not checked yet</source>
        <translation>尚未检测</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="157" />
        <source>%1 checked this take online and it passed; it will not be checked again.</source>
        <translation>%1 已在线检测此录音并通过；复刻时不会再次检测。</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="154" />
        <source>Speak</source>
        <translation>朗读内容</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="156" />
        <source>Type or paste the text to hear. Long text is split by sentence within the provider's limits.</source>
        <translation>输入或粘贴要试听的文本。长文本会按句子拆分，以符合服务商的限制。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="158" />
        <source>Synthesize</source>
        <translation>合成</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="159" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="160" />
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="161" />
        <source>Batch from file…</source>
        <translation>从文件批量合成…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="190" />
        <source>No voices yet: clone one in the Validate pane, or add a provider account to use its voices.</source>
        <translation>还没有音色：请在“检查”页复刻一个，或添加服务商账号以使用其音色。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="199" />
        <source>Offline preview voice: an approximation made on this computer, not a cloud clone.</source>
        <translation>离线预览音色：在本机生成的近似效果，并非云端复刻。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="237" />
        <source>the text below</source>
        <translation>下面的文本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="242" />
        <source>take: %1</source>
        <translation>录音：%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="266" />
        <source>Choose a voice first</source>
        <translation>请先选择音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="268" />
        <source>Type some text first</source>
        <translation>请先输入文本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="270" />
        <source>Fix the text first: %1</source>
        <translation>请先修改文本：%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="272" />
        <source>Synthesizing… press Stop to cancel</source>
        <translation>正在合成…按“停止”可取消</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="274" />
        <source>Synthesize and play as it arrives (Ctrl+Enter)</source>
        <translation>合成并边收边播（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="277" />
        <source>Nothing is playing</source>
        <translation>当前没有播放</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="279" />
        <source>Nothing synthesized yet</source>
        <translation>尚未合成任何内容</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="321" />
        <source>Receiving: %1 of audio so far · first audio after %2</source>
        <translation>接收中：已收到 %1 音频 · 首段音频用时 %2</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="333" />
        <source>Stopped after %1 of audio; nothing was saved.</source>
        <translation>已在收到 %1 音频后停止；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="334" />
        <source>Stopped; nothing was saved.</source>
        <translation>已停止；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="350" />
        <source>first audio %1 · total %2 · real-time factor %3</source>
        <translation>首段音频 %1 · 总计 %2 · 实时率 %3</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="353" />
        <source>%1 of audio · %2 characters</source>
        <translation>%1 音频 · %2 个字符</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="356" />
        <source>Answered from the cache (made %1): no request was sent. Original timings: %2 · %3</source>
        <translation>来自缓存（生成于 %1）：未发送请求。原始用时：%2 · %3</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="406" />
        <source>SubRip subtitles (*.srt)</source>
        <translation>SubRip 字幕 (*.srt)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="406" />
        <source>WebVTT subtitles (*.vtt)</source>
        <translation>WebVTT 字幕 (*.vtt)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="407" />
        <source>Export subtitles</source>
        <translation>导出字幕</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="432" />
        <source>Batch finished: %1 new audio files in “%2”.</source>
        <translation>批量合成完成：“%2”中新增 %1 个音频文件。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="435" />
        <source>%1 were there already and were kept.</source>
        <translation>%1 个已存在，予以保留。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="436" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="296" />
        <source>Waiting for the first audio…</source>
        <translation>正在等待首段音频…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="189" />
        <source>No voice matches the language and gender chosen.</source>
        <translation>没有符合所选语言和性别的音色。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="420" />
        <source>Text file: one line becomes one audio file</source>
        <translation>文本文件：每行生成一个音频文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="421" />
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="424" />
        <source>Folder for the audio files</source>
        <translation>音频文件保存文件夹</translation>
    </message>
</context>
<context>
    <name>PreflightMatrix</name>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="127" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="146" />
        <source>No problem for this provider</source>
        <translation>该服务商没有问题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="158" />
        <source>would accept this sample</source>
        <translation>会接受此样本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="158" />
        <source>would accept it, with advice</source>
        <translation>会接受，但有建议</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="159" />
        <source>would refuse it as it is</source>
        <translation>按原样会拒绝</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="163" />
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="163" />
        <source>warn</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="163" />
        <source>fail</source>
        <translation>不通过</translation>
    </message>
</context>
<context>
    <name>ProviderRow</name>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="78" />
        <source>active</source>
        <translation>当前使用</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="81" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="81" />
        <source>Check the engine</source>
        <translation>检查引擎</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="82" />
        <source>Use this provider</source>
        <translation>使用此服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="84" />
        <source>Already the active provider</source>
        <translation>已是当前服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="89" />
        <source>Ready — no account needed.</source>
        <translation>就绪——无需账号。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="91" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="92" />
        <source>Ready to use.</source>
        <translation>可以使用。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="92" />
        <source>Not set up yet: fill in the account above.</source>
        <translation>尚未设置：请填写上方的账号信息。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="106" />
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="113" />
        <source>It works.</source>
        <translation>工作正常。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="113" />
        <source>Connected: it works.</source>
        <translation>已连接：工作正常。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="116" />
        <source>Connected: %1</source>
        <translation>已连接：%1</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="219" />
        <source>Keys are kept for this session only: no system keyring is available. Choose a private file in Settings to keep them.</source>
        <translation>密钥仅在本次会话中保留：系统钥匙串不可用。可在“设置”中选择私有文件来保存。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="222" />
        <source>Keys are kept in a private file (readable by your account only, not encrypted).</source>
        <translation>密钥保存在私有文件中（仅你的账号可读，未加密）。</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="148" />
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="149" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="150" />
        <source>Look for input devices again</source>
        <translation>重新查找输入设备</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="151" />
        <source>Room check</source>
        <translation>环境检测</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="152" />
        <source>Stay quiet for 4 s: measures the room's noise floor</source>
        <translation>保持安静 4 秒：测量房间的底噪</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="153" />
        <source>Start or stop a take (R)</source>
        <translation>开始或停止录音（R）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="155" />
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="155" />
        <source>● Record</source>
        <translation>● 录音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="156" />
        <source>Takes</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="157" />
        <source>Script booth</source>
        <translation>脚本录音棚</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="162" />
        <source>Looking for input devices…</source>
        <translation>正在查找输入设备…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="214" />
        <source>Listening to %1 at %2.</source>
        <translation>正在监听 %1，采样率 %2。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="240" />
        <source>Aim for peaks between %1 and %2 dBFS (the green band, for %3); above −1 dBFS is too loud.</source>
        <translation>让峰值保持在 %1 到 %2 dBFS 之间（绿色区间，适用于 %3）；高于 −1 dBFS 即为过响。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="254" />
        <source>Peak —   ·   RMS —   ·   Loudness —</source>
        <translation>峰值 —   ·   RMS —   ·   响度 —</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="256" />
        <source>Peak %1</source>
        <translation>峰值 %1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="257" />
        <source>RMS %1</source>
        <translation>RMS %1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="258" />
        <source>Loudness %1</source>
        <translation>响度 %1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="260" />
        <source>audio lost %1 times</source>
        <translation>音频丢失 %1 次</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="265" />
        <source>Room check: no sound at all — is the microphone muted?</source>
        <translation>房间检测：完全没有声音——麦克风是否被静音？</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="267" />
        <source>Noise floor %1 (%2)</source>
        <translation>底噪 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="336" />
        <source>Kept “%1”: %2, peaks at %3.</source>
        <translation>已保存“%1”：%2，峰值 %3。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="339" />
        <source>%1 clipped samples.</source>
        <translation>%1 个削波采样。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="341" />
        <source>Speech %1 dB above the room (%2).</source>
        <translation>语音高出环境噪声 %1 dB（%2）。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="195" />
        <source>No input device found. Connect a microphone and press Refresh; you can still import audio files as takes.</source>
        <translation>未找到输入设备。请连接麦克风并点击“刷新”；你仍可将音频文件导入为录音。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="209" />
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="222" />
        <source> Still using %1.</source>
        <translation> 仍在使用 %1。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="263" />
        <source>Room check %1%</source>
        <translation>环境检测 %1%</translation>
    </message>
</context>
<context>
    <name>RoomOnlineCheck</name>
    <message>
        <location filename="../../studio/ui/widgets/room_online.py" line="65" />
        <source>Ask %1 too</source>
        <translation>同时请 %1 检测</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/room_online.py" line="83" />
        <source>Checking…</source>
        <translation>正在检测…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/room_online.py" line="95" />
        <source>Quiet enough</source>
        <translation>环境足够安静</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/room_online.py" line="95" />
        <source>Too noisy</source>
        <translation>环境太嘈杂</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/room_online.py" line="101" />
        <source>The check could not be made; see the message above.</source>
        <translation>未能完成检测；原因见上方消息。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/room_online.py" line="111" />
        <source>Send the room tone of the last room check to the provider for its own environment check</source>
        <translation>把上次环境检测录下的环境音发给服务商做它自己的环境检测</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/room_online.py" line="113" />
        <source>Run the room check first: the provider judges the same seconds of room tone</source>
        <translation>请先进行环境检测：服务商评估的是同一段环境音</translation>
    </message>
</context>
<context>
    <name>ScriptBooth</name>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="114" />
        <source>Lines from %1</source>
        <translation>%1 朗读文本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="118" />
        <source>Script</source>
        <translation>朗读稿</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="119" />
        <source>◀ Previous</source>
        <translation>◀ 上一句</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="120" />
        <source>Next ▶</source>
        <translation>下一句 ▶</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="122" />
        <source>Re-record line</source>
        <translation>重录此句</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="122" />
        <source>Record line</source>
        <translation>录制此句</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="130" />
        <source>Choose a script…</source>
        <translation>选择朗读稿…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="131" />
        <location filename="../../studio/ui/widgets/script_booth.py" line="251" />
        <source>Mandarin reading script</source>
        <translation>普通话朗读稿</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="131" />
        <location filename="../../studio/ui/widgets/script_booth.py" line="251" />
        <source>English reading script</source>
        <translation>英文朗读稿</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="141" />
        <source>Open a text file…</source>
        <translation>打开文本文件…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="153" />
        <source>Open a script (one sentence per line)</source>
        <translation>打开朗读稿（每行一句）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="154" />
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="166" />
        <source>Asking %1 for the lines to read…</source>
        <translation>正在向 %1 获取朗读文本…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="182" />
        <source>The lines could not be fetched; the message above says why.</source>
        <translation>未能获取朗读文本；原因见上方消息。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="220" />
        <source>Choose a script to start a long reading session. Each line becomes one take; aim for 20 minutes of speech to train a voice.</source>
        <translation>选择朗读稿开始长时间录制。每句生成一段录音；训练音色需要约 20 分钟的有效语音。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="227" />
        <source>Line %1 of %2</source>
        <translation>第 %1 / %2 行</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="234" />
        <source>Read a line exactly as written; %1 checks the reading before cloning. Good takes: %2</source>
        <translation>请按原文朗读一句；%1 会在复刻前检测朗读。合格录音：%2</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="238" />
        <source>%1 of %2 minutes of speech · %3 lines to redo</source>
        <translation>有效语音 %1 / %2 分钟 · %3 句需重录</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="256" />
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="285" />
        <source>✓ Line %1 is good.</source>
        <translation>✓ 第 %1 句合格。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="289" />
        <source>✓ Good take.</source>
        <translation>✓ 录音合格。</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="57" />
        <source>Drag on the waveform to select; the wheel zooms.</source>
        <translation>在波形上拖动即可选择；滚轮缩放。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="59" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="61" />
        <source>Zoom in (or use the mouse wheel)</source>
        <translation>放大（或使用鼠标滚轮）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="62" />
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="63" />
        <source>Show all of it</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="64" />
        <source>Play selection</source>
        <translation>播放选区</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="65" />
        <source>Keep selection as sample</source>
        <translation>将选区保存为样本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="75" />
        <source>Drag on the waveform to select a stretch</source>
        <translation>在波形上拖动以选择一段</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="80" />
        <source>Select at least half a second</source>
        <translation>请至少选择半秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="82" />
        <source>Write %1 – %2 as a new sample (the original is not changed)</source>
        <translation>将 %1 – %2 写为新样本（原文件不变）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="26" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="35" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="41" />
        <source>Default provider</source>
        <translation>默认服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="47" />
        <source>Recording sample rate</source>
        <translation>录音采样率</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="50" />
        <source>16-bit</source>
        <translation>16 位</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="51" />
        <source>24-bit</source>
        <translation>24 位</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="53" />
        <source>Recording bit depth</source>
        <translation>录音位深</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="55" />
        <source>The meter's green band is where the active provider wants the peaks (on the Record pane); above −1 dBFS is too loud.</source>
        <translation>电平表的绿色区间是当前服务商要求的峰值范围（见“录音”页）；高于 −1 dBFS 即为过响。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="58" />
        <source>Recording level</source>
        <translation>录音电平</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="66" />
        <source>System keyring (not available on this computer)</source>
        <translation>系统密钥环（本机不可用）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="103" />
        <source>No system keyring is available, so keys are kept for this session only unless you choose a private file.</source>
        <translation>系统密钥环不可用，因此密钥仅在本次会话中保留，除非您选择私有文件。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="106" />
        <source>Takes effect the next time the studio starts.</source>
        <translation>下次启动工作室时生效。</translation>
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
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="78" />
        <source>Keep keys in</source>
        <translation>密钥保存位置</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="90" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="91" />
        <source>Set VOICE_STUDIO_HOME to keep the data somewhere else.</source>
        <translation>设置 VOICE_STUDIO_HOME 可将数据保存到其他位置。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="22" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="26" />
        <source>Play or stop: the selected take (Record), the sample (Validate), the last audition (Playground)</source>
        <translation>播放或停止：所选录音（录音页）、样本（检查页）、最近一次试听（试听页）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="28" />
        <source>Start or stop recording (Record)</source>
        <translation>开始或停止录音（录音页）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="29" />
        <source>Synthesize the text (Playground)</source>
        <translation>合成文本（试听页）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="30" />
        <source>Switch between A and B while comparing two auditions (Playground)</source>
        <translation>对比两条试听时在 A、B 之间切换（试听页）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="31" />
        <source>Delete the selected take, voice or audition (asks first for a voice)</source>
        <translation>删除所选录音、音色或试听（删除音色前会先确认）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="32" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="33" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="37" />
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="37" />
        <source>What it does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>SpokenWords</name>
    <message>
        <location filename="../../studio/ui/widgets/spoken_words.py" line="79" />
        <source>Words as they are spoken</source>
        <translation>朗读文本（随播放逐字高亮）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/spoken_words.py" line="80" />
        <source>Export subtitles…</source>
        <translation>导出字幕…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/spoken_words.py" line="110" />
        <source>Save subtitles made from the words' timings: SubRip (.srt) or WebVTT (.vtt), by the file type you choose</source>
        <translation>根据字级时间戳保存字幕：按所选的文件类型保存为 SubRip（.srt）或 WebVTT（.vtt）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/spoken_words.py" line="113" />
        <source>This audition has no word timings: its voice or provider does not give them, so no subtitles can be made</source>
        <translation>这次试听没有字级时间戳：该音色或服务商不提供，因此无法生成字幕</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/spoken_words.py" line="116" />
        <source>Synthesize or pick an audition first</source>
        <translation>请先合成或选择一条试听</translation>
    </message>
</context>
<context>
    <name>TakesModel</name>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="49" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="49" />
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="49" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="49" />
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="49" />
        <source>Clips</source>
        <translation>削波</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="50" />
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="50" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="50" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>TakesPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="115" />
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="115" />
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="118" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="119" />
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="120" />
        <source>Validate</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="121" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="121" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="122" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="123" />
        <source>Show trash</source>
        <translation>显示回收站</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="124" />
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="125" />
        <source>Drop audio files here to import them as takes.</source>
        <translation>将音频文件拖到这里即可导入为录音。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="127" />
        <source>The trash is empty</source>
        <translation>回收站是空的</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="127" />
        <source>Deleted takes wait here until you empty the trash.</source>
        <translation>删除的录音会保留在这里，直到你清空回收站。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="130" />
        <source>No takes yet</source>
        <translation>还没有录音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="131" />
        <source>Connect a microphone and press Record, or drop audio files here. A 10–20 s take is enough for zero-shot cloning; training needs a 20-minute script session (Script booth tab).</source>
        <translation>连接麦克风并点击“录音”，或将音频文件拖到这里。零样本复刻只需 10–20 秒录音；训练需要约 20 分钟的脚本录制（“脚本录音棚”标签页）。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="161" />
        <source>Select a take first</source>
        <translation>请先选择一条录音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="251" />
        <source>Saved a new sample: “%1”.</source>
        <translation>已保存新样本：“%1”。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="252" />
        <source>Check it</source>
        <translation>检查它</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="257" />
        <source>Imported “%1” as a take.</source>
        <translation>已将“%1”导入为录音。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="259" />
        <source>Imported %1 files as takes.</source>
        <translation>已将 %1 个文件导入为录音。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="268" />
        <source>Rename take</source>
        <translation>重命名录音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="268" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="277" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="277" />
        <source>Tags (comma-separated)</source>
        <translation>标签（以逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="295" />
        <source>Moved “%1” to the trash.</source>
        <translation>已将“%1”移到回收站。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="296" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="298" />
        <source>Restored “%1”.</source>
        <translation>已恢复“%1”。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="302" />
        <source>Import audio as takes</source>
        <translation>将音频导入为录音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="303" />
        <source>Audio (%1)</source>
        <translation>音频 (%1)</translation>
    </message>
</context>
<context>
    <name>TextMeter</name>
    <message>
        <location filename="../../studio/ui/widgets/text_meter.py" line="44" />
        <source>SSML</source>
        <translation>SSML</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/text_meter.py" line="53" />
        <source>Send the text as one SSML document (&lt;speak&gt;…&lt;/speak&gt;): tags such as &lt;break&gt; shape the speech and are not billed</source>
        <translation>将文本作为一个 SSML 文档（&lt;speak&gt;…&lt;/speak&gt;）发送：&lt;break&gt; 等标签用于控制朗读，且不计费</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/text_meter.py" line="56" />
        <source>This voice takes no SSML; its text is read as written</source>
        <translation>该音色不支持 SSML，文本将按原样朗读</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/text_meter.py" line="58" />
        <source>%1 takes no SSML; the text is read as written</source>
        <translation>%1不支持 SSML，文本将按原样朗读</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/text_meter.py" line="60" />
        <source>Choose a voice first</source>
        <translation>请先选择音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/text_meter.py" line="80" />
        <source> (a Chinese character counts 2)</source>
        <translation>（一个汉字计 2 个字符）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/text_meter.py" line="82" />
        <source>, tags not counted</source>
        <translation>，标签不计</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/text_meter.py" line="83" />
        <source>%1 characters%2 · limit %3 per request</source>
        <translation>%1 个字符%2 · 每次请求上限 %3</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/text_meter.py" line="86" />
        <source>will be sent as %1 requests</source>
        <translation>将分 %1 次请求发送</translation>
    </message>
</context>
<context>
    <name>TrainDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="43" />
        <source>Train a voice on %1</source>
        <translation>在 %1 训练音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="53" />
        <source>Model name</source>
        <translation>模型名称</translation>
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
        <source>The takes are checked before anything is uploaded; the script booth is the easy way to record them.</source>
        <translation>上传前会先检查录音；用朗读间录制最方便。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="148" />
        <source>Training “%1” started: %2. Follow it in the Library; you will be told when it settles.</source>
        <translation>训练“%1”已开始：%2。可在音色库中跟进；完成时会通知您。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="116" />
        <source>%1 min recorded in %2 takes; %3 min of speech needed. Speech is measured when the dataset is built, so pauses do not count.</source>
        <translation>已录制 %1 分钟，共 %2 段；需要 %3 分钟有效语音。打包数据集时会测量有效语音，停顿不计入。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="126" />
        <source>Give the model a name and choose at least one take.</source>
        <translation>请为模型命名，并至少选择一段录音。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="131" />
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="151" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="161" />
        <source>Cancelled. Nothing was created; your takes are untouched.</source>
        <translation>已取消。没有创建任何内容，你的录音保持不变。</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <location filename="../../studio/services/training_service.py" line="66" />
        <source>Starting training on %1</source>
        <translation>正在 %1 开始训练</translation>
    </message>
    <message>
        <location filename="../../studio/services/training_service.py" line="77" />
        <source>Refreshing %1</source>
        <translation>正在刷新 %1</translation>
    </message>
    <message>
        <location filename="../../studio/services/training_service.py" line="89" />
        <source>Cancelling %1</source>
        <translation>正在取消 %1</translation>
    </message>
    <message>
        <location filename="../../studio/services/training_service.py" line="101" />
        <source>Deleting %1</source>
        <translation>正在删除 %1</translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="201" />
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="202" />
        <source>Choose a take or sample…</source>
        <translation>选择录音或样本…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="203" />
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="204" />
        <source>Analyse again</source>
        <translation>重新分析</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="209" />
        <source>Mono, 16-bit WAV at a rate the provider takes</source>
        <translation>单声道、16 位 WAV，采样率符合服务商要求</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="211" />
        <source>Loudness to −20 LUFS, peaks at or below −3 dBTP</source>
        <translation>响度调整到 −20 LUFS，峰值不高于 −3 dBTP</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="212" />
        <source>The cleanest continuous 10–20 s for one-sample cloning</source>
        <translation>截取最干净的连续 10～20 秒，用于单样本复刻</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="228" />
        <source>Choose a sample to check</source>
        <translation>选择要检查的样本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="229" />
        <source>Pick a take or sample above, or drop an audio file here, to see before any upload whether each provider would accept it — and fix what can be fixed.</source>
        <translation>在上方选择录音或样本，或将音频文件拖到这里，即可在上传前看到每个服务商是否会接受它，并修复可修复的问题。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="231" />
        <source>Check “%1”</source>
        <translation>检查“%1”</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="307" />
        <source>Analysing “%1”…</source>
        <translation>正在分析“%1”…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="327" />
        <source>“%1” could not be analysed: %2</source>
        <translation>无法分析“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="340" />
        <source>This file could not be read: there is nothing to fix</source>
        <translation>无法读取该文件：没有可修复的内容</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="341" />
        <source>Choose a sample first</source>
        <translation>请先选择样本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="413" />
        <source>Provider's error code: %1</source>
        <translation>服务商错误代码：%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="428" />
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="428" />
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="448" />
        <source>Applying “%1” to “%2”…</source>
        <translation>正在对“%2”应用“%1”…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="457" />
        <source>Keeping %1 – %2 of “%3”…</source>
        <translation>正在保留“%3”的 %1 – %2…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="465" />
        <source>New sample “%1”; the original is unchanged. Checking it now…</source>
        <translation>新样本“%1”；原文件未改动。正在检查…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="467" />
        <source>Saved a new sample: “%1”.</source>
        <translation>已保存新样本：“%1”。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="471" />
        <source>the sample already meets it</source>
        <translation>样本已符合要求</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="472" />
        <source>“%1” changed nothing, so no new sample was written: %2</source>
        <translation>“%1”没有改变任何内容，因此未写入新样本：%2</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="234" />
        <source>Nothing to check yet</source>
        <translation>还没有可检查的音频</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="235" />
        <source>Record a take or drop an audio file here to see, before any upload, whether each provider would accept it — and fix what can be fixed.</source>
        <translation>录一段音或将音频文件拖到这里，在上传之前就能看到各服务商是否会接受它，并修复可修复的问题。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="237" />
        <source>Open an audio file…</source>
        <translation>打开音频文件…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="207" />
        <source>Measurements</source>
        <translation>测量结果</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="208" />
        <source>Fix (writes a new sample):</source>
        <translation>修复（生成新样本）：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="210" />
        <source>Cut leading and trailing silence to about 150 ms</source>
        <translation>将首尾静音裁剪到约 150 毫秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="290" />
        <source>Open an audio file to check</source>
        <translation>打开要检查的音频文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="291" />
        <source>Audio (*.wav *.flac *.ogg *.mp3 *.m4a *.aac);;All files (*)</source>
        <translation>音频 (*.wav *.flac *.ogg *.mp3 *.m4a *.aac);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="378" />
        <source>speech</source>
        <translation>语音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="378" />
        <source>pauses longer than allowed</source>
        <translation>超出允许的停顿</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="379" />
        <source>clipping</source>
        <translation>削波</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="385" />
        <source>(clipping marked where it starts; %1 stretches in all)</source>
        <translation>（削波标记在其起点；共 %1 处）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="388" />
        <source>Drag on the waveform to select a stretch; the mouse wheel zooms.</source>
        <translation>在波形上拖动以选择一段；鼠标滚轮缩放。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="405" />
        <source>No problem found in this column.</source>
        <translation>此列未发现问题。</translation>
    </message>
</context>
<context>
    <name>ValidationService</name>
    <message>
        <location filename="../../studio/services/validation_service.py" line="131" />
        <source>Analysing %1</source>
        <translation>正在分析 %1</translation>
    </message>
    <message>
        <location filename="../../studio/services/validation_service.py" line="156" />
        <source>Fixing “%1”</source>
        <translation>正在修复“%1”</translation>
    </message>
    <message>
        <location filename="../../studio/services/validation_service.py" line="174" />
        <source>Keeping a selection of “%1”</source>
        <translation>正在保留“%1”的选区</translation>
    </message>
    <message>
        <location filename="../../studio/services/validation_service.py" line="200" />
        <source>Cloning on %1</source>
        <translation>正在 %1 复刻</translation>
    </message>
</context>
<context>
    <name>VoiceChooser</name>
    <message>
        <location filename="../../studio/ui/widgets/voice_chooser.py" line="90" />
        <source>Voice</source>
        <translation>音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_chooser.py" line="91" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_chooser.py" line="92" />
        <source>Stock voices:</source>
        <translation>服务商音色：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_chooser.py" line="93" />
        <source>Show only the providers' voices that speak this language</source>
        <translation>只显示说这种语言的服务商音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_chooser.py" line="94" />
        <source>Show only the providers' female or male voices</source>
        <translation>只显示服务商的女声或男声</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_chooser.py" line="105" />
        <source>provider's voice</source>
        <translation>服务商音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_chooser.py" line="113" />
        <source>any language</source>
        <translation>任意语言</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_chooser.py" line="115" />
        <source>any gender</source>
        <translation>任意性别</translation>
    </message>
</context>
<context>
    <name>VoiceDesignService</name>
    <message>
        <location filename="../../studio/services/voice_design.py" line="64" />
        <source>Designing “%1”</source>
        <translation>正在设计“%1”</translation>
    </message>
</context>
<context>
    <name>VoiceDetail</name>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="129" />
        <source>Voice</source>
        <translation>音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="130" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="130" />
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="130" />
        <source>Remote id</source>
        <translation>远端 ID</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="131" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="131" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="131" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="132" />
        <source>Reference sample</source>
        <translation>参考样本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="132" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="132" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="135" />
        <source>comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="136" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="137" />
        <source>Play and check…</source>
        <translation>播放并检查…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="138" />
        <location filename="../../studio/ui/widgets/voice_detail.py" line="202" />
        <source>Open the reference sample in Validate: waveform, playback, report</source>
        <translation>在“检查”页打开参考样本：波形、播放、报告</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="139" />
        <source>Play preview</source>
        <translation>播放试听</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="140" />
        <source>The provider's preview of the designed voice</source>
        <translation>服务商为所设计音色生成的试听</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="141" />
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="142" />
        <source>Save name, tags and notes</source>
        <translation>保存名称、标签和备注</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="143" />
        <source>Job history</source>
        <translation>任务历史</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="144" />
        <source>Audition</source>
        <translation>试听</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="145" />
        <source>Update from sample…</source>
        <translation>用新样本更新…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="146" />
        <source>Clone on another provider</source>
        <translation>在其他服务商复刻</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="147" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="177" />
        <source>The provider's own word: %1</source>
        <translation>服务商原始状态：%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="181" />
        <source>changed %1</source>
        <translation>修改于 %1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="189" />
        <source>Designed from “%1”</source>
        <translation>根据描述设计：“%1”</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="198" />
        <source>The provider no longer has this voice</source>
        <translation>服务商已没有这个音色</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="203" />
        <source>This voice's sample is not in this library</source>
        <translation>该音色的样本不在本音色库中</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="207" />
        <source>training job</source>
        <translation>训练任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="190" />
        <source>none recorded here</source>
        <translation>不是在本机录制的</translation>
    </message>
</context>
<context>
    <name>VoicesModel</name>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="93" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="93" />
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="93" />
        <source>Remote id</source>
        <translation>远端 ID</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="93" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="93" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="94" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="94" />
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="122" />
        <source>The provider's own word: %1</source>
        <translation>服务商原始状态：%1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="94" />
        <source>Last audition</source>
        <translation>最近试听</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="94" />
        <source>Cloned from</source>
        <translation>复刻来源</translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="95" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../studio/ui/widgets/waveform.py" line="72" />
        <source>seconds</source>
        <translation>秒</translation>
    </message>
</context>
</TS>