<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="200"/>
        <source>Collecting diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="202"/>
        <source>Collecting diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="209"/>
        <source>Diagnostics copied to the clipboard. They list which keys are set, never the keys themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="223"/>
        <source>About Voice Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="224"/>
        <source>Voice Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="225"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="226"/>
        <source>Record, validate, clone and audition voices with cloud and offline engines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="227"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="228"/>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="229"/>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="230"/>
        <source>Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="231"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="165"/>
        <source>Reading stored keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="174"/>
        <source>already set — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="175"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="200"/>
        <source>Saving provider keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="209"/>
        <source>Provider accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="210"/>
        <source>Optional: the offline engine needs no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="212"/>
        <source>The offline engine clones a preview voice on this computer and is the default. Add a cloud account now for full-quality cloning, or skip and add it later on the Providers pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="214"/>
        <source>DashScope (CosyVoice, Sambert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="215"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="216"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="219"/>
        <source>Tencent Multimedia Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="220"/>
        <source>SecretId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="221"/>
        <source>SecretKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="223"/>
        <source>Tencent also needs a content repository and a COS bucket: finish its set-up on the Providers pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="224"/>
        <source>Default provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="233"/>
        <source>Keys are kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="234"/>
        <source>Keys are kept in a private file in the data folder (readable by your user account, not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="236"/>
        <source>Keys are kept for this session only and forgotten when the studio quits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityWidget</name>
    <message>
        <location filename="../../studio/ui/widgets/activity.py" line="40"/>
        <source>No background tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/widgets/activity.py" line="43"/>
        <source>%n task(s) running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/activity.py" line="56"/>
        <source>Nothing is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/activity.py" line="59"/>
        <source>Cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioPage</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="105"/>
        <source>Looking for input devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="112"/>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="281"/>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="144"/>
        <source>Opening the microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="175"/>
        <source>The microphone stopped delivering sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="198"/>
        <source>Closing the microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="226"/>
        <source>The room check did not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="231"/>
        <source>Noise floor %1 dBFS: excellent, as quiet as a recording booth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="233"/>
        <source>Noise floor %1 dBFS: good for cloning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="235"/>
        <source>Noise floor %1 dBFS: acceptable. A quieter room will give a cleaner voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="237"/>
        <source>Noise floor %1 dBFS: too noisy for cloning. Switch off fans, close the window, or move the microphone away from the computer, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="244"/>
        <source>Looking for input devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="246"/>
        <source>No input device was found. Connect a microphone and press Refresh, or skip this step: you can record later, and import audio files without a microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="253"/>
        <source>Choose the microphone you will record with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="262"/>
        <source>Measuring… stay quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="264"/>
        <source>Opening the microphone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="266"/>
        <source>Check the room (5 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="267"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="273"/>
        <source>Microphone and room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="274"/>
        <source>Pick your microphone and measure the room&apos;s background noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="275"/>
        <source>Input device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="276"/>
        <source>No input device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="277"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="278"/>
        <source>Press the button, then stay quiet for 5 seconds: the studio listens to the room and rates its noise floor (−60 dBFS or lower is good).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditionService</name>
    <message>
        <location filename="../../studio/services/audition.py" line="99"/>
        <source>Listing voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="137"/>
        <source>Synthesizing with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="252"/>
        <source>Reading the waveform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="273"/>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="288"/>
        <source>Matching loudness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="302"/>
        <source>Line %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="325"/>
        <source>Batch synthesis into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureService</name>
    <message>
        <location filename="../../studio/services/capture.py" line="59"/>
        <source>Listing devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="72"/>
        <source>Opening input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="113"/>
        <source>Take %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="147"/>
        <source>Finishing the take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="184"/>
        <source>Emptying the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="211"/>
        <source>Importing audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="226"/>
        <source>Recovering unfinished takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="236"/>
        <source>Reading the waveform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="267"/>
        <source>Where your data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="268"/>
        <source>Recordings, the voice library, settings and logs live in one folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="269"/>
        <source>Your data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="270"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="272"/>
        <source>It was chosen with the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="274"/>
        <source>To keep it somewhere else, set the environment variable %1 to a folder before starting the studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="277"/>
        <source>The log is written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="278"/>
        <source>You can run this set-up again from Help ▸ First-run setup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteVoiceDialog</name>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="50"/>
        <source>Delete voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="52"/>
        <source>Delete “%1” (%2)?

The voice is removed from this library. Your takes and samples stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="57"/>
        <source>Also delete it at %1 (cannot be undone; frees quota)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message numerus="yes">
        <location filename="../../studio/ui/dialogs/error_dialog.py" line="29"/>
        <source>%n more error(s) since; see the log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/error_dialog.py" line="35"/>
        <source>Voice Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="336"/>
        <source>Set up Voice Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="337"/>
        <source>Skip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="338"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="339"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="340"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="341"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="77"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="78"/>
        <source>Search text, voice, provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="79"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="80"/>
        <source>A/B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="81"/>
        <source>Select two auditions, then press Tab to switch between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="82"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="83"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="138"/>
        <source>Playing %1 (loudness matched, B gain %2 dB). Press Tab to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="145"/>
        <source>Export audition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="146"/>
        <source>WAV (*.wav);;MP3 (*.mp3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="54"/>
        <source>Refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="55"/>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="56"/>
        <source>Delete job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="61"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="61"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="61"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="61"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="62"/>
        <source>Vendor status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="62"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="62"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="68"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="68"/>
        <source>generate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="99"/>
        <source>Welcome to Voice Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="100"/>
        <source>Choose the language of the studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="102"/>
        <source>This short set-up checks your microphone and the room, adds provider accounts if you have them, and shows where your recordings are kept. Every step can be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="104"/>
        <source>You can switch the language at any time from the Language menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../studio/ui/widgets/meter.py" line="29"/>
        <source>Peak (light), RMS (dark), peak hold (line). Green: target band. Click the clip light to reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/meter.py" line="82"/>
        <source>CLIP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="162"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="165"/>
        <source>Search names, ids, tags, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="171"/>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="171"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="176"/>
        <source>Voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="177"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="179"/>
        <source>Sync all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="180"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="181"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="183"/>
        <source>No voices yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="184"/>
        <source>Voices you clone, and voices already on your provider accounts, appear here with their status. Clone one from the Validate pane, or sync an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="186"/>
        <source>Sync all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="247"/>
        <source>Quotas — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="259"/>
        <source>Choose a new reference sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="260"/>
        <source>Audio (*.wav *.mp3 *.m4a *.flac *.ogg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="266"/>
        <source>Export the library to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="271"/>
        <source>Import a library folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <location filename="../../studio/services/library_service.py" line="64"/>
        <source>Loading library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="99"/>
        <source>Syncing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="112"/>
        <source>Checking quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="138"/>
        <source>Deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="150"/>
        <source>Updating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="156"/>
        <source>Exporting library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="160"/>
        <source>Importing library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="231"/>
        <source>Refreshing pending voices and jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../studio/ui/main_window.py" line="232"/>
        <source>About Voice Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="149"/>
        <location filename="../../studio/ui/main_window.py" line="220"/>
        <source>Voice Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="142"/>
        <source>%1 job %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="132"/>
        <source>This voice has no reference sample recorded here: open one in Validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="137"/>
        <source>Check the sample, then use the %1 button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="225"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="226"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="227"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="228"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="229"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="230"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="231"/>
        <source>Open log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="233"/>
        <source>First-run setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="238"/>
        <source>Provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../studio/ui/names.py" line="10"/>
        <source>Offline engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="11"/>
        <source>DashScope CosyVoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="12"/>
        <source>DashScope Sambert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="13"/>
        <source>Tencent Multimedia Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="19"/>
        <source>Beijing (China mainland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="20"/>
        <source>Singapore (international)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="21"/>
        <source>Custom base URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="27"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="28"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="29"/>
        <location filename="../../studio/ui/names.py" line="41"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="30"/>
        <source>gone from provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="31"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="37"/>
        <source>waiting to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="38"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="39"/>
        <source>trained — waiting for manual review (up to one working day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="40"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="42"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="49"/>
        <source>CosyVoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="50"/>
        <source>Sambert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="51"/>
        <source>Tencent
train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="52"/>
        <source>Tencent
generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="53"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="167"/>
        <source>Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="170"/>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="171"/>
        <source>Speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="172"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="173"/>
        <source>Type or paste the text to hear. Long text is split by sentence within the provider&apos;s limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="175"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="175"/>
        <source>Sample rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="175"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="176"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="176"/>
        <source>Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="176"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="177"/>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="179"/>
        <source>e.g. speak warmly and slowly (CosyVoice v3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="180"/>
        <source>Synthesize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="181"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="182"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="183"/>
        <source>Batch from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="195"/>
        <source> (stock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="217"/>
        <source>No voices yet: clone one in the Validate pane, or add a provider account to use its stock voices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="222"/>
        <source>Offline preview voice: an approximation made on this computer, not a cloud clone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="241"/>
        <source>the text below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="246"/>
        <source>take: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="279"/>
        <source> (a Chinese character counts 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="280"/>
        <source>%1 characters%2 · limit %3 per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="283"/>
        <source>will be sent as %1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="286"/>
        <location filename="../../studio/ui/pages/playground.py" line="328"/>
        <source>≈ ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="305"/>
        <source>Waiting for the first audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="310"/>
        <source>Receiving: %1 s of audio · first audio after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="324"/>
        <source>First audio %1 · total %2 s · real-time factor %3 · %4 s of audio · %5 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="357"/>
        <source>Text file: one line becomes one audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="358"/>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="361"/>
        <source>Folder for the audio files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightMatrix</name>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="55"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="78"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="78"/>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="78"/>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderBox</name>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="149"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="158"/>
        <source>from the environment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="160"/>
        <source>stored — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="162"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="167"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="168"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="169"/>
        <source>Use this provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="175"/>
        <source>Ready — no account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="177"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="178"/>
        <source>Not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="178"/>
        <source>Configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="189"/>
        <source>Checking accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="207"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="212"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="222"/>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="223"/>
        <source>Checking quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="229"/>
        <source>Quota: %1 of %2 %3 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="237"/>
        <source>Testing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="50"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="51"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="52"/>
        <source>Workspace id (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="53"/>
        <source>Custom HTTP base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="54"/>
        <source>Custom WebSocket base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="55"/>
        <source>Target model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="56"/>
        <source>Gateway base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="57"/>
        <source>SecretId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="58"/>
        <source>SecretKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="59"/>
        <source>Content repository id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="60"/>
        <source>COS bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="61"/>
        <source>COS region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="62"/>
        <source>COS SecretId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="63"/>
        <source>COS SecretKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="64"/>
        <source>Callback URL (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="70"/>
        <source>Works offline with no account: an offline preview voice built from your sample&apos;s pitch, timbre and pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="72"/>
        <source>Zero-shot cloning from a 10–20 s sample; streaming synthesis. Needs a DashScope API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="74"/>
        <source>Lightweight cloning by training on at least 20 minutes of Mandarin recordings, with a manual review. Uses the DashScope key above; the service needs enterprise approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="77"/>
        <source>Tencent Multimedia Lab voice cloning: training and generate jobs through a content repository bound to your COS bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="269"/>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="274"/>
        <source>Keys are kept for this session only: no system keyring is available. Choose a private file in Settings to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="277"/>
        <source>Keys are kept in a private file (readable by your account only, not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="135"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="138"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="139"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="140"/>
        <source>Look for input devices again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="141"/>
        <source>Room check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="142"/>
        <source>Stay quiet for 4 s: measures the room&apos;s noise floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="143"/>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="143"/>
        <source>● Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="144"/>
        <source>Takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="145"/>
        <source>Script booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="149"/>
        <source>Looking for input devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="170"/>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="173"/>
        <source>No input device found. Connect a microphone and press Refresh; you can still import audio files as takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="187"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="191"/>
        <source>Monitoring %1 at %2 kHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="198"/>
        <source> Still using %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="218"/>
        <source>Peak %1 dBFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="219"/>
        <source>RMS %1 dBFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="220"/>
        <source>Momentary %1 LUFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="221"/>
        <source>Overflows %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="224"/>
        <source>Room check %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="226"/>
        <source>Noise floor %1 dBFS (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="233"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="233"/>
        <source>acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="233"/>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="280"/>
        <source>Kept %1: %2, peak %3 dBFS, %4 clipped samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="284"/>
        <source>SNR %1 dB (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptBooth</name>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="88"/>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="89"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="90"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="92"/>
        <source>Re-record line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="92"/>
        <source>Record line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="100"/>
        <source>Choose a script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="101"/>
        <source>Mandarin reading script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="101"/>
        <source>English reading script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="106"/>
        <source>Open a text file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="115"/>
        <source>Open a script (one sentence per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="116"/>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="154"/>
        <source>Choose a script to start a long reading session. Each line becomes one take; aim for 20 minutes of speech to train a voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="161"/>
        <source>Line %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="164"/>
        <source>%1 of %2 minutes of speech · %3 lines to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="198"/>
        <source>✓ Line %1 is good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="202"/>
        <source>✓ Good take.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="37"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="43"/>
        <source>Default provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="49"/>
        <source>Recording sample rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="52"/>
        <source>16-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="53"/>
        <source>24-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="55"/>
        <source>Recording bit depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="63"/>
        <source>Meter target band, low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="64"/>
        <source>Meter target band, high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="67"/>
        <source>System keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="68"/>
        <source>Private file (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="69"/>
        <source>This session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="71"/>
        <source>Keep keys in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="76"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="77"/>
        <source>Set VOICE_STUDIO_HOME to keep the data somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakesModel</name>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="48"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="48"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="48"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="48"/>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="48"/>
        <source>Clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="49"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="49"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="49"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="74"/>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="74"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="75"/>
        <source>recovered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakesPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="98"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="98"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="99"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="100"/>
        <source>Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="101"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="102"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="102"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="103"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="104"/>
        <source>Show trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="105"/>
        <source>Empty trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="106"/>
        <source>Drop audio files here to import them as takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="108"/>
        <source>The trash is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="108"/>
        <source>Deleted takes wait here until you empty the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="111"/>
        <source>No takes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="112"/>
        <source>Connect a microphone and press Record, or drop audio files here. A 10–20 s take is enough for zero-shot cloning; training needs a 20-minute script session (Script booth tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="188"/>
        <source>Rename take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="188"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="197"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="197"/>
        <source>Tags (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="210"/>
        <source>Import audio as takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="211"/>
        <source>Audio (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="40"/>
        <source>Train a voice on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="49"/>
        <source>letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="50"/>
        <source>Model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="55"/>
        <source>Training epochs (≤ 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="57"/>
        <source>Takes to train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="63"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="79"/>
        <source>Build, upload and train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="97"/>
        <source>Sambert learns a voice from at least 20 minutes of Mandarin speech: the script booth is the easy way to record it. The takes are checked and zipped (≤ 300 MB), uploaded, and trained; a person then reviews the result (up to one working day). Training is free; at most 10 models and 2 trainings at a time per account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="101"/>
        <source>Tencent trains a model from long, clean read speech (no minimum is published: aim for 20 minutes). The takes are uploaded to your content repository and a training job is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="121"/>
        <source>%1 min recorded in %2 takes; %3 min of speech needed. Speech is measured when the dataset is built, so pauses do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="131"/>
        <source>Give the model a name and choose at least one take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="136"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="153"/>
        <source>Job %1 started: %2. Follow it in the Library; you will be told when it settles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="155"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="165"/>
        <source>Cancelled. Nothing was created; your takes are untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <location filename="../../studio/services/training_service.py" line="61"/>
        <source>Starting training on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/training_service.py" line="71"/>
        <source>Refreshing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/training_service.py" line="83"/>
        <source>Cancelling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/training_service.py" line="95"/>
        <source>Deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="153"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="156"/>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="157"/>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="158"/>
        <source>Analyse again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="159"/>
        <source>Play / stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="161"/>
        <source>Nothing to check yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="162"/>
        <source>Record a take or drop an audio file here to see, before any upload, whether each provider would accept it — and fix what can be fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="164"/>
        <source>Open an audio file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="165"/>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="166"/>
        <source>Fix (writes a new sample):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="167"/>
        <source>Convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="168"/>
        <source>Mono, 16-bit WAV at the provider&apos;s rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="169"/>
        <source>Trim edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="170"/>
        <source>Cut leading and trailing silence to about 150 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="171"/>
        <source>Normalise loudness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="172"/>
        <source>−20 LUFS, peaks at or below −3 dBFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="173"/>
        <source>Best 10–20 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="174"/>
        <source>The cleanest continuous 10–20 s for zero-shot cloning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="175"/>
        <source>Clone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="176"/>
        <source>Enroll on CosyVoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="177"/>
        <source>Clone with the offline engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="178"/>
        <source>Train on Sambert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="179"/>
        <source>Train on Tencent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="180"/>
        <source>Green: speech · orange: pauses longer than allowed · red: clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="195"/>
        <source> (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="223"/>
        <source>Open an audio file to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="224"/>
        <source>Audio (*.wav *.flac *.ogg *.mp3 *.m4a *.aac);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="233"/>
        <source>Analysing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="261"/>
        <source>Fix the errors in this column first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="272"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="274"/>
        <source>Rate, channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="275"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="276"/>
        <source>Peak / true peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="277"/>
        <source>RMS / loudness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="278"/>
        <source>Noise floor / SNR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="280"/>
        <source>Clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="280"/>
        <source>%1 runs, longest %2 samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="282"/>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="282"/>
        <source>%1 s effective, longest %2 s continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="284"/>
        <source>Pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="284"/>
        <source>longest %1 s; edges %2 / %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="286"/>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="287"/>
        <source>DC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="290"/>
        <source>Channel difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="315"/>
        <source>No problem found in this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="320"/>
        <source>Measured %1, limit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="323"/>
        <source>The provider would answer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="325"/>
        <source>Fix: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="327"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="335"/>
        <source>Applying the fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="339"/>
        <source>New sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="348"/>
        <source>Name the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="349"/>
        <source>Voice name (CosyVoice uses it as the id prefix: up to 10 letters or digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="350"/>
        <source>Voice name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="353"/>
        <source>Cloning on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="359"/>
        <source>Voice “%1” is in the Library (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationService</name>
    <message>
        <location filename="../../studio/services/validation_service.py" line="82"/>
        <source>Analysing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/validation_service.py" line="118"/>
        <source>Fixing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/validation_service.py" line="137"/>
        <source>Cloning on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceDetail</name>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="103"/>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="104"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="104"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="104"/>
        <source>Remote id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="105"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="105"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="105"/>
        <source>Created / modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="106"/>
        <source>Reference sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="106"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="106"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="109"/>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="110"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="111"/>
        <source>Play and check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="112"/>
        <source>Open the reference sample in Validate: waveform, playback, report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="113"/>
        <source>Save name, tags and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="114"/>
        <source>Job history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="115"/>
        <source>Audition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="116"/>
        <source>Update from sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="117"/>
        <source>Clone on another provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="118"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="142"/>
        <source>vendor says %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="146"/>
        <source>none recorded here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoicesModel</name>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="61"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="61"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="61"/>
        <source>Remote id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="61"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="62"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="62"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="62"/>
        <source>Source sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="62"/>
        <source>Last audition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="63"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="84"/>
        <source>Vendor status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
