<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>LibraryPage</name>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="23"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="27"/>
        <source>No voices yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="28"/>
        <source>Voices you clone, and voices already on your provider accounts, appear here with their status. Clone one from the Validate pane, or sync an account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../studio/ui/main_window.py" line="134"/>
        <location filename="../../studio/ui/main_window.py" line="152"/>
        <source>About Voice Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="135"/>
        <source>Voice Studio %1

Data: %2
Log: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="140"/>
        <source>Voice Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="145"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="146"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="147"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="148"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="149"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="150"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="151"/>
        <source>Open log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="157"/>
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
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="23"/>
        <source>Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="27"/>
        <source>No auditions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="28"/>
        <source>Pick a voice, type some text and press Synthesize. Playback starts as soon as the first audio arrives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderBox</name>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="146"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="155"/>
        <source>from the environment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="157"/>
        <source>stored — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="159"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="164"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="165"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="166"/>
        <source>Use this provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="172"/>
        <source>Ready — no account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="175"/>
        <source>Not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="176"/>
        <source>Configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="193"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="197"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="207"/>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="213"/>
        <source>Testing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="49"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="50"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="51"/>
        <source>Workspace id (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="52"/>
        <source>Custom HTTP base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="53"/>
        <source>Custom WebSocket base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="54"/>
        <source>Target model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="55"/>
        <source>Gateway base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="56"/>
        <source>SecretId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="57"/>
        <source>SecretKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="58"/>
        <source>Content repository id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="59"/>
        <source>COS bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="60"/>
        <source>COS region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="61"/>
        <source>COS SecretId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="62"/>
        <source>COS SecretKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="63"/>
        <source>Callback URL (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="69"/>
        <source>Works offline with no account: an offline preview voice built from your sample&apos;s pitch, timbre and pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="71"/>
        <source>Zero-shot cloning from a 10–20 s sample; streaming synthesis. Needs a DashScope API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="73"/>
        <source>Lightweight cloning by training on at least 20 minutes of Mandarin recordings, with a manual review. Uses the DashScope key above; the service needs enterprise approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="76"/>
        <source>Tencent Multimedia Lab voice cloning: training and generate jobs through a content repository bound to your COS bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="245"/>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="250"/>
        <source>Keys are kept for this session only: no system keyring is available. Choose a private file in Settings to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="253"/>
        <source>Keys are kept in a private file (readable by your account only, not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="23"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="27"/>
        <source>No takes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="28"/>
        <source>Connect a microphone and press Record. A 10–20 s take is enough for zero-shot cloning; training needs a 20-minute script session.</source>
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
    <name>ValidatePage</name>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="23"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="27"/>
        <source>Nothing to check yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="28"/>
        <source>Record a take or drop an audio file here to see, before any upload, whether each provider would accept it — and fix what can be fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
