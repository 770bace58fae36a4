<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="205"/>
        <source>Collecting diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="207"/>
        <source>Collecting diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="214"/>
        <source>Diagnostics copied to the clipboard. They list which keys are set, never the keys themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="228"/>
        <source>About Voice Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="229"/>
        <source>Voice Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="230"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="231"/>
        <source>Record, validate, clone and audition voices with cloud and offline engines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="232"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="233"/>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="234"/>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="235"/>
        <source>Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/about.py" line="236"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountBox</name>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="164"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="174"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="153"/>
        <source>Reading stored keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="172"/>
        <source>Saving provider keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="178"/>
        <source>Provider accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="179"/>
        <source>Optional: the offline engine needs no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="181"/>
        <source>The offline engine makes a preview voice on this computer and is the default. Add a cloud account now for full-quality cloning, or skip and add it later on the Providers pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="189"/>
        <source>This account also needs: %1. Finish its set-up on the Providers pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="192"/>
        <source>Default provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="199"/>
        <source>Keys are kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="200"/>
        <source>Keys are kept in a private file in the data folder (readable by your user account, not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="203"/>
        <source>Keys are kept for this session only and forgotten when the studio quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="204"/>
        <source>No system keyring is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsService</name>
    <message>
        <location filename="../../studio/services/accounts.py" line="102"/>
        <source>Testing %1</source>
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
    <message>
        <location filename="../../studio/ui/widgets/activity.py" line="44"/>
        <source>1 background task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/activity.py" line="45"/>
        <source>%1 background tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/activity.py" line="46"/>
        <source>Click to see or cancel them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/activity.py" line="59"/>
        <source>Nothing is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/activity.py" line="62"/>
        <source>Cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioPage</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="124"/>
        <source>Looking for input devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="203"/>
        <source>The microphone stopped delivering sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="264"/>
        <source>The microphone could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="269"/>
        <source>No sound at all came in (%1 dBFS): the microphone is muted, switched off or not the input you speak into. Check its mute switch and the system&apos;s input level, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="273"/>
        <source>Noise floor %1 dBFS: excellent, as quiet as a recording booth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="275"/>
        <source>Noise floor %1 dBFS: good for cloning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="277"/>
        <source>Noise floor %1 dBFS: acceptable. A quieter room will give a cleaner voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="279"/>
        <source>Noise floor %1 dBFS: too noisy for cloning. Switch off fans, close the window, or move the microphone away from the computer, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="286"/>
        <source>Looking for input devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="288"/>
        <source>No input device was found. Connect a microphone and press Refresh, or skip this step: you can record later, and import audio files without a microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="295"/>
        <source>Choose the microphone you will record with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="304"/>
        <source>Measuring… stay quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="306"/>
        <source>Opening the microphone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="308"/>
        <source>Check the room (5 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="309"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="315"/>
        <source>Microphone and room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="316"/>
        <source>Pick your microphone, see it react, and measure the room&apos;s background noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="320"/>
        <source>Say a few words: the meter should move. Aim for peaks in the green band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="321"/>
        <source>Then press the button and stay quiet for 5 seconds: the studio listens to the room and rates its noise floor (−60 dBFS or lower is good).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="317"/>
        <source>Input device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="318"/>
        <source>No input device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run_audio.py" line="319"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditionService</name>
    <message>
        <location filename="../../studio/services/audition.py" line="136"/>
        <source>Listing voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="191"/>
        <source>Synthesizing with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="298"/>
        <source>Reading the waveform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="311"/>
        <location filename="../../studio/services/audition.py" line="318"/>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="334"/>
        <source>Matching loudness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/audition.py" line="345"/>
        <source>Batch synthesis into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureService</name>
    <message>
        <location filename="../../studio/services/capture.py" line="70"/>
        <source>Listing devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="95"/>
        <source>Opening input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="108"/>
        <source>Closing input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="169"/>
        <source>Take %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="203"/>
        <source>Finishing the take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="236"/>
        <source>Emptying the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="250"/>
        <source>Importing audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="261"/>
        <source>Recovering unfinished takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/capture.py" line="271"/>
        <source>Reading the waveform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloneBar</name>
    <message>
        <location filename="../../studio/ui/widgets/clone_bar.py" line="76"/>
        <source>Clone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/clone_bar.py" line="80"/>
        <source>Clone on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/clone_bar.py" line="81"/>
        <source>Train on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/clone_bar.py" line="94"/>
        <source>%1 would refuse this sample: fix the errors in its column first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/clone_bar.py" line="130"/>
        <source>Cloning “%1” on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/clone_bar.py" line="143"/>
        <source>%1 is making the voice “%2” (%3); it appears in the Library when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/clone_bar.py" line="146"/>
        <source>Cloning started on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/clone_bar.py" line="150"/>
        <source>Voice “%1” is in the Library (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/clone_bar.py" line="154"/>
        <source>Cloned “%1” on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="53"/>
        <source>Clone a voice on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="59"/>
        <source>A new voice on %1 from “%2”. The provider makes it in a few minutes; the Library follows it and tells you when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="61"/>
        <source>A new voice on %1 from “%2”; it appears in the Library at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="72"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="92"/>
        <source>More options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="111"/>
        <source>Start cloning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="111"/>
        <source>Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="134"/>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="146"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="148"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/clone_dialog.py" line="216"/>
        <source>Give the voice a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloneService</name>
    <message>
        <location filename="../../studio/services/clone_service.py" line="82"/>
        <source>Asking %1 for lines to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/clone_service.py" line="104"/>
        <source>%1 is checking the take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/clone_service.py" line="120"/>
        <source>%1 is checking the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/clone_service.py" line="144"/>
        <source>Cloning on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="243"/>
        <source>Where your data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="244"/>
        <source>Recordings, the voice library, settings and logs live in one folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="245"/>
        <source>Your data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="246"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="248"/>
        <source>It was chosen with the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="250"/>
        <source>To keep it somewhere else, set the environment variable %1 to a folder before starting the studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="253"/>
        <source>The log is written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="254"/>
        <source>You can run this set-up again from Help ▸ First-run setup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteRefusedDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="62"/>
        <source>The provider kept the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="66"/>
        <source>%2 did not delete “%1”: it does not delete it in its current state. Nothing was removed, neither at %2 nor from this library.

You can remove it from this library only. %2 keeps it, it still counts against the account, and the next sync lists it here again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="75"/>
        <source>What %1 answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="81"/>
        <source>Show the provider&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="87"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="88"/>
        <source>Remove from the library only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteVoiceDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="21"/>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="47"/>
        <source>Delete voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="27"/>
        <source>Delete “%1”?

The voice is removed from this library and from the offline engine on this computer. Your takes and samples stay; you can clone it again from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="30"/>
        <source>Delete “%1” (%2)?

The voice is removed from this library. Your takes and samples stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="35"/>
        <source>Also delete it at %1: it cannot be undone, and frees one of the account&apos;s voice places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/delete_voice.py" line="44"/>
        <source>%1 no longer has this voice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignVoiceDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="42"/>
        <source>Design a voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="45"/>
        <source>Describe the voice in words. The provider makes it and reads your preview line with it; the voice then appears in the Library with its preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="55"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="60"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="64"/>
        <source>For example: a calm middle-aged male announcer, deep and warm, speaking at an even pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="68"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="72"/>
        <source>A line for the new voice to read as its preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="75"/>
        <source>Preview text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="95"/>
        <source>Play preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="99"/>
        <source>Design voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="145"/>
        <source>%1 of at most %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="167"/>
        <source>Designing “%1” at %2… This takes up to a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="187"/>
        <source>Designed “%1”: it is in the Library, selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="188"/>
        <source>Play its preview here or from the voice&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="189"/>
        <source>The provider sent no preview; audition the voice to hear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="191"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="199"/>
        <source>(request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="200"/>
        <source>Nothing was designed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/design_voice.py" line="204"/>
        <source>Cancelled. If the provider had already made the voice, the next sync lists it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../studio/ui/widgets/field_form.py" line="91"/>
        <source>More settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/field_form.py" line="108"/>
        <location filename="../../studio/ui/widgets/field_form.py" line="111"/>
        <source>from the environment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/field_form.py" line="109"/>
        <source>already set — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/field_form.py" line="109"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/field_form.py" line="112"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="312"/>
        <source>Set up Voice Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="313"/>
        <source>Skip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="314"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="315"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="316"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="317"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../studio/ui/format.py" line="62"/>
        <location filename="../../studio/ui/format.py" line="84"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="64"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="67"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="69"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="113"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="113"/>
        <source>Expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="115"/>
        <source>expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="117"/>
        <source>expires tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="119"/>
        <source>expires in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="122"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="122"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="123"/>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="124"/>
        <source>Expires on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="139"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="140"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="152"/>
        <source>mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="152"/>
        <source>stereo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="152"/>
        <source>%1 channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="159"/>
        <source>%1, %2-bit float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="161"/>
        <source>%1, %2-bit PCM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="194"/>
        <source>Convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="195"/>
        <source>Trim edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="196"/>
        <source>Normalise loudness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="197"/>
        <source>Best 10–20 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="198"/>
        <source>Build a training dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="199"/>
        <source>Keep selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="200"/>
        <source>a fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="206"/>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="207"/>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="208"/>
        <location filename="../../studio/ui/format.py" line="209"/>
        <source>Sample rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="210"/>
        <location filename="../../studio/ui/format.py" line="211"/>
        <location filename="../../studio/ui/format.py" line="212"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="213"/>
        <source>No speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="214"/>
        <source>No speech found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="215"/>
        <location filename="../../studio/ui/format.py" line="217"/>
        <location filename="../../studio/ui/format.py" line="218"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="216"/>
        <source>Amount of speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="219"/>
        <source>Continuous speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="220"/>
        <source>Pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="221"/>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="222"/>
        <source>Silence at the edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="223"/>
        <source>Clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="224"/>
        <source>Peak level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="225"/>
        <source>Too quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="226"/>
        <source>Too loud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="227"/>
        <source>Background noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="228"/>
        <source>Speech over noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="229"/>
        <source>DC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="230"/>
        <source>Level swings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="231"/>
        <source>Channel balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="232"/>
        <source>Training dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="233"/>
        <source>File missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="234"/>
        <source>Not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="235"/>
        <source>Unreadable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="236"/>
        <source>Empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="237"/>
        <source>Not audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="238"/>
        <source>No audio stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="239"/>
        <source>Damaged file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="240"/>
        <source>File cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="241"/>
        <source>Decoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="250"/>
        <source>must fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="250"/>
        <source>should fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="250"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="269"/>
        <source>Measured %1; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="272"/>
        <source>Uploaded as it is, the provider would refuse it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="275"/>
        <source>The “%1” fix below can repair this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="277"/>
        <source>No automatic fix: record it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="281"/>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="297"/>
        <source>System default input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="298"/>
        <source>System default (ALSA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="299"/>
        <source>PulseAudio sound server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="300"/>
        <source>PipeWire sound server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="301"/>
        <source>JACK sound server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="302"/>
        <source>ALSA mixer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="303"/>
        <source>ALSA shared input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="307"/>
        <location filename="../../studio/ui/format.py" line="309"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="315"/>
        <source>clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="316"/>
        <source>too quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="317"/>
        <source>too loud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="318"/>
        <source>long silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="319"/>
        <source>audio lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="324"/>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="324"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="324"/>
        <source>recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="329"/>
        <source>voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="329"/>
        <source>models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="329"/>
        <source>training jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="330"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="331"/>
        <source>%1: %2 of %3 %4 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="336"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="336"/>
        <source>acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/format.py" line="336"/>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="140"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="141"/>
        <source>Search text, voice, provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="142"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="143"/>
        <source>A/B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="152"/>
        <source>first audio %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="199"/>
        <source>Select an audition first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="201"/>
        <source>Compare the two selected auditions at matched loudness; Tab switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="203"/>
        <source>Select two auditions (Ctrl+click) to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="244"/>
        <source>Playing %1 (loudness matched: B %2). Press Tab to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="263"/>
        <source>Exported “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="264"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="272"/>
        <source>Deleted %1 from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="273"/>
        <source>1 audition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="273"/>
        <source>%1 auditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="144"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="145"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="252"/>
        <source>Export audition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/history_panel.py" line="253"/>
        <source>WAV (*.wav);;MP3 (*.mp3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="60"/>
        <source>Refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="61"/>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="62"/>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="119"/>
        <source>Delete job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="67"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="75"/>
        <source>voice from a sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="77"/>
        <source>Job id at the provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="79"/>
        <source>The provider&apos;s own word: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="95"/>
        <source>Training job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="106"/>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="116"/>
        <source>this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="107"/>
        <source>Stop training “%1” at %2? The provider ends the job; the training done so far is lost. Your takes stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="109"/>
        <source>Cancel training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="109"/>
        <source>Keep training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="117"/>
        <source>Delete training job “%1” at %2? It is deleted at the provider and here, and cannot be undone. Your takes stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="119"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="136"/>
        <source>Select a job first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="140"/>
        <source>Only a job that is waiting or training can be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="67"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="67"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="67"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="67"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="68"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="74"/>
        <source>(not named yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/jobs_panel.py" line="75"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="97"/>
        <source>Welcome to Voice Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="98"/>
        <source>Choose the language of the studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="100"/>
        <source>This short set-up checks your microphone and the room, adds provider accounts if you have them, and shows where your recordings are kept. Every step can be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/first_run.py" line="102"/>
        <source>You can switch the language at any time from the Language menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../studio/ui/widgets/meter.py" line="36"/>
        <source>Peak (light bar), RMS (dark bar), peak hold (line). Keep the peaks in the green band; above −1 dBFS (red) is too loud. Click the clip light to reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/meter.py" line="86"/>
        <source>CLIP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="50"/>
        <source>Design a voice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="51"/>
        <source>Make a new voice from a written description, with a spoken preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="89"/>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="91"/>
        <source>Removed “%1” from the library; %2 still has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="115"/>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="116"/>
        <source>A voice expires soon or has expired: %1. Clone it again to keep using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="117"/>
        <source>%1 voices expire soon or have expired: %2. Clone them again to keep using them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="121"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="126"/>
        <source>Choose a new reference sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="127"/>
        <source>Audio (*.wav *.mp3 *.m4a *.flac *.ogg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="133"/>
        <source>Export the library to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="138"/>
        <source>Import a library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="143"/>
        <source>Exported %1 to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="145"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="151"/>
        <source>Nothing new in “%1”: everything in it is already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="154"/>
        <source>Imported %1 from “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="156"/>
        <source>%1 items were already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="160"/>
        <source>1 voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="160"/>
        <source>%1 voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="161"/>
        <source>1 take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="161"/>
        <source>%1 takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="162"/>
        <source>1 sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="162"/>
        <source>%1 samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="163"/>
        <source>1 training job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="163"/>
        <source>%1 training jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library_actions.py" line="166"/>
        <source>an empty library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="158"/>
        <source>Search names, ids, tags, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="164"/>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="164"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="169"/>
        <source>Voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="170"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="172"/>
        <source>Sync all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="173"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="174"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="176"/>
        <source>No voices yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="177"/>
        <source>Voices you clone, and voices already on your provider accounts, appear here with their status. Clone one from the Validate pane, or sync an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="179"/>
        <source>Sync all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="268"/>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="277"/>
        <source>Synced %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="278"/>
        <source>%1 new voices found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="286"/>
        <source>Could not sync %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/library.py" line="288"/>
        <source>No provider account is set up yet: add one on the Providers pane.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <location filename="../../studio/services/library_service.py" line="79"/>
        <source>Loading library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="125"/>
        <source>Syncing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="159"/>
        <source>Checking quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="193"/>
        <source>Deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="204"/>
        <source>Updating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="210"/>
        <source>Exporting the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="220"/>
        <source>Importing a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/library_service.py" line="273"/>
        <source>Refreshing pending voices and jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../studio/ui/main_window.py" line="312"/>
        <source>About Voice Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="196"/>
        <location filename="../../studio/ui/main_window.py" line="299"/>
        <source>Voice Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/registry.py" line="41"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/registry.py" line="42"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/registry.py" line="43"/>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/registry.py" line="44"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/registry.py" line="45"/>
        <source>Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="179"/>
        <source>This voice has no reference sample recorded here: open one in Validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="183"/>
        <source>Check the sample, then use the %1 button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="189"/>
        <source>%1 training “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="304"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="305"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="306"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="307"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="308"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="309"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="310"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="311"/>
        <source>Open log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="313"/>
        <source>First-run setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="319"/>
        <source>Provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="320"/>
        <source>Choose the provider on the Providers pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Measurements</name>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="42"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="42"/>
        <source>%1 stretches, longest %2 samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="46"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="48"/>
        <source>Sample rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="49"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="50"/>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="51"/>
        <source>True peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="52"/>
        <source>Loudness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="53"/>
        <source>RMS level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="54"/>
        <source>Noise floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="55"/>
        <source>Speech over noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="56"/>
        <source>Clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="57"/>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="58"/>
        <source>Longest stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="59"/>
        <source>Longest pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="60"/>
        <source>Silence at the edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="60"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="62"/>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="62"/>
        <source>up to %1 (of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="64"/>
        <source>DC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/measurements.py" line="67"/>
        <source>Channel difference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../studio/ui/names.py" line="53"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="54"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="55"/>
        <location filename="../../studio/ui/names.py" line="67"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="56"/>
        <source>gone from provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="57"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="63"/>
        <source>waiting to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="64"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="65"/>
        <source>trained — waiting for manual review (up to one working day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="66"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="68"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="86"/>
        <source>its own trained model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="111"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="112"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="113"/>
        <source>Cantonese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="114"/>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="115"/>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="116"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="117"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="118"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="119"/>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="120"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="121"/>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="122"/>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="123"/>
        <source>Indonesian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="124"/>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="131"/>
        <source>female voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/names.py" line="132"/>
        <source>male voice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../studio/ui/widgets/notice_bar.py" line="61"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/notice_bar.py" line="62"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/notice_bar.py" line="112"/>
        <source>Voice Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnlineCheckRow</name>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="77"/>
        <source>%1 online check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="78"/>
        <source>Check online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="115"/>
        <source>The check could not be made; see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="121"/>
        <source>Choose a sample that can be read first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="123"/>
        <source>Add your %1 account in Providers first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="125"/>
        <source>%1 checks a reading of one of its own lines: record one in the Record pane&apos;s script booth (“Lines from %1”) and check that take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="133"/>
        <source>Send the take to the provider for its own check; nothing is cloned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="138"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="144"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="144"/>
        <source>Did not pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="149"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/online_check.py" line="157"/>
        <source>%1 checked this take online and it passed; it will not be checked again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="154"/>
        <source>Speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="156"/>
        <source>Type or paste the text to hear. Long text is split by sentence within the provider&apos;s limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="158"/>
        <source>Synthesize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="159"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="160"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="161"/>
        <source>Batch from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="190"/>
        <source>No voices yet: clone one in the Validate pane, or add a provider account to use its voices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="199"/>
        <source>Offline preview voice: an approximation made on this computer, not a cloud clone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="237"/>
        <source>the text below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="242"/>
        <source>take: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="266"/>
        <source>Choose a voice first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="268"/>
        <source>Type some text first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="270"/>
        <source>Fix the text first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="272"/>
        <source>Synthesizing… press Stop to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="274"/>
        <source>Synthesize and play as it arrives (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="277"/>
        <source>Nothing is playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="279"/>
        <source>Nothing synthesized yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="321"/>
        <source>Receiving: %1 of audio so far · first audio after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="333"/>
        <source>Stopped after %1 of audio; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="334"/>
        <source>Stopped; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="350"/>
        <source>first audio %1 · total %2 · real-time factor %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="353"/>
        <source>%1 of audio · %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="356"/>
        <source>Answered from the cache (made %1): no request was sent. Original timings: %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="406"/>
        <source>SubRip subtitles (*.srt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="406"/>
        <source>WebVTT subtitles (*.vtt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="407"/>
        <source>Export subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="432"/>
        <source>Batch finished: %1 new audio files in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="435"/>
        <source>%1 were there already and were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="436"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="296"/>
        <source>Waiting for the first audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="189"/>
        <source>No voice matches the language and gender chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="420"/>
        <source>Text file: one line becomes one audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="421"/>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/playground.py" line="424"/>
        <source>Folder for the audio files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightMatrix</name>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="127"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="146"/>
        <source>No problem for this provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="158"/>
        <source>would accept this sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="158"/>
        <source>would accept it, with advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="159"/>
        <source>would refuse it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="163"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="163"/>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/preflight_matrix.py" line="163"/>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderRow</name>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="78"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="81"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="81"/>
        <source>Check the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="82"/>
        <source>Use this provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="84"/>
        <source>Already the active provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="89"/>
        <source>Ready — no account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="91"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="92"/>
        <source>Ready to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="92"/>
        <source>Not set up yet: fill in the account above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="106"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="113"/>
        <source>It works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="113"/>
        <source>Connected: it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="116"/>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="219"/>
        <source>Keys are kept for this session only: no system keyring is available. Choose a private file in Settings to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/providers.py" line="222"/>
        <source>Keys are kept in a private file (readable by your account only, not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="148"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="149"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="150"/>
        <source>Look for input devices again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="151"/>
        <source>Room check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="152"/>
        <source>Stay quiet for 4 s: measures the room&apos;s noise floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="153"/>
        <source>Start or stop a take (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="155"/>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="155"/>
        <source>● Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="156"/>
        <source>Takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="157"/>
        <source>Script booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="162"/>
        <source>Looking for input devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="214"/>
        <source>Listening to %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="240"/>
        <source>Aim for peaks between %1 and %2 dBFS (the green band, for %3); above −1 dBFS is too loud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="254"/>
        <source>Peak —   ·   RMS —   ·   Loudness —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="256"/>
        <source>Peak %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="257"/>
        <source>RMS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="258"/>
        <source>Loudness %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="260"/>
        <source>audio lost %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="265"/>
        <source>Room check: no sound at all — is the microphone muted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="267"/>
        <source>Noise floor %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="336"/>
        <source>Kept “%1”: %2, peaks at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="339"/>
        <source>%1 clipped samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="341"/>
        <source>Speech %1 dB above the room (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="195"/>
        <source>No input device found. Connect a microphone and press Refresh; you can still import audio files as takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="209"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="222"/>
        <source> Still using %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record.py" line="263"/>
        <source>Room check %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomOnlineCheck</name>
    <message>
        <location filename="../../studio/ui/widgets/room_online.py" line="65"/>
        <source>Ask %1 too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/room_online.py" line="83"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/room_online.py" line="95"/>
        <source>Quiet enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/room_online.py" line="95"/>
        <source>Too noisy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/room_online.py" line="101"/>
        <source>The check could not be made; see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/room_online.py" line="111"/>
        <source>Send the room tone of the last room check to the provider for its own environment check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/room_online.py" line="113"/>
        <source>Run the room check first: the provider judges the same seconds of room tone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptBooth</name>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="114"/>
        <source>Lines from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="118"/>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="119"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="120"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="122"/>
        <source>Re-record line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="122"/>
        <source>Record line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="130"/>
        <source>Choose a script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="131"/>
        <location filename="../../studio/ui/widgets/script_booth.py" line="251"/>
        <source>Mandarin reading script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="131"/>
        <location filename="../../studio/ui/widgets/script_booth.py" line="251"/>
        <source>English reading script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="141"/>
        <source>Open a text file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="153"/>
        <source>Open a script (one sentence per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="154"/>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="166"/>
        <source>Asking %1 for the lines to read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="182"/>
        <source>The lines could not be fetched; the message above says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="220"/>
        <source>Choose a script to start a long reading session. Each line becomes one take; aim for 20 minutes of speech to train a voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="227"/>
        <source>Line %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="234"/>
        <source>Read a line exactly as written; %1 checks the reading before cloning. Good takes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="238"/>
        <source>%1 of %2 minutes of speech · %3 lines to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="256"/>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="285"/>
        <source>✓ Line %1 is good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/script_booth.py" line="289"/>
        <source>✓ Good take.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="57"/>
        <source>Drag on the waveform to select; the wheel zooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="59"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="61"/>
        <source>Zoom in (or use the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="62"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="63"/>
        <source>Show all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="64"/>
        <source>Play selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="65"/>
        <source>Keep selection as sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="75"/>
        <source>Drag on the waveform to select a stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="80"/>
        <source>Select at least half a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/selection_bar.py" line="82"/>
        <source>Write %1 – %2 as a new sample (the original is not changed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="26"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="35"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="41"/>
        <source>Default provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="47"/>
        <source>Recording sample rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="50"/>
        <source>16-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="51"/>
        <source>24-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="53"/>
        <source>Recording bit depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="55"/>
        <source>The meter&apos;s green band is where the active provider wants the peaks (on the Record pane); above −1 dBFS is too loud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="58"/>
        <source>Recording level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="66"/>
        <source>System keyring (not available on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="103"/>
        <source>No system keyring is available, so keys are kept for this session only unless you choose a private file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="106"/>
        <source>Takes effect the next time the studio starts.</source>
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
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="78"/>
        <source>Keep keys in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="90"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/settings_dialog.py" line="91"/>
        <source>Set VOICE_STUDIO_HOME to keep the data somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="22"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="26"/>
        <source>Play or stop: the selected take (Record), the sample (Validate), the last audition (Playground)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="28"/>
        <source>Start or stop recording (Record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="29"/>
        <source>Synthesize the text (Playground)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="30"/>
        <source>Switch between A and B while comparing two auditions (Playground)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="31"/>
        <source>Delete the selected take, voice or audition (asks first for a voice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="32"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="33"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="37"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/shortcuts.py" line="37"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpokenWords</name>
    <message>
        <location filename="../../studio/ui/widgets/spoken_words.py" line="79"/>
        <source>Words as they are spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/spoken_words.py" line="80"/>
        <source>Export subtitles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/spoken_words.py" line="110"/>
        <source>Save subtitles made from the words&apos; timings: SubRip (.srt) or WebVTT (.vtt), by the file type you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/spoken_words.py" line="113"/>
        <source>This audition has no word timings: its voice or provider does not give them, so no subtitles can be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/spoken_words.py" line="116"/>
        <source>Synthesize or pick an audition first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakesModel</name>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="49"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="49"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="49"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="49"/>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="49"/>
        <source>Clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="50"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="50"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/takes_model.py" line="50"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakesPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="115"/>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="115"/>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="118"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="119"/>
        <source>Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="120"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="121"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="121"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="122"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="123"/>
        <source>Show trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="124"/>
        <source>Empty trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="125"/>
        <source>Drop audio files here to import them as takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="127"/>
        <source>The trash is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="127"/>
        <source>Deleted takes wait here until you empty the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="130"/>
        <source>No takes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="131"/>
        <source>Connect a microphone and press Record, or drop audio files here. A 10–20 s take is enough for zero-shot cloning; training needs a 20-minute script session (Script booth tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="161"/>
        <source>Select a take first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="251"/>
        <source>Saved a new sample: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="252"/>
        <source>Check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="257"/>
        <source>Imported “%1” as a take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="259"/>
        <source>Imported %1 files as takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="268"/>
        <source>Rename take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="268"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="277"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="277"/>
        <source>Tags (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="295"/>
        <source>Moved “%1” to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="296"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="298"/>
        <source>Restored “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="302"/>
        <source>Import audio as takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/takes_panel.py" line="303"/>
        <source>Audio (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextMeter</name>
    <message>
        <location filename="../../studio/ui/widgets/text_meter.py" line="44"/>
        <source>SSML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/text_meter.py" line="53"/>
        <source>Send the text as one SSML document (&lt;speak&gt;…&lt;/speak&gt;): tags such as &lt;break&gt; shape the speech and are not billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/text_meter.py" line="56"/>
        <source>This voice takes no SSML; its text is read as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/text_meter.py" line="58"/>
        <source>%1 takes no SSML; the text is read as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/text_meter.py" line="60"/>
        <source>Choose a voice first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/text_meter.py" line="80"/>
        <source> (a Chinese character counts 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/text_meter.py" line="82"/>
        <source>, tags not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/text_meter.py" line="83"/>
        <source>%1 characters%2 · limit %3 per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/text_meter.py" line="86"/>
        <source>will be sent as %1 requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainDialog</name>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="43"/>
        <source>Train a voice on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="53"/>
        <source>Model name</source>
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
        <source>The takes are checked before anything is uploaded; the script booth is the easy way to record them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="148"/>
        <source>Training “%1” started: %2. Follow it in the Library; you will be told when it settles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="116"/>
        <source>%1 min recorded in %2 takes; %3 min of speech needed. Speech is measured when the dataset is built, so pauses do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="126"/>
        <source>Give the model a name and choose at least one take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="131"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="151"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs/train_dialog.py" line="161"/>
        <source>Cancelled. Nothing was created; your takes are untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <location filename="../../studio/services/training_service.py" line="66"/>
        <source>Starting training on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/training_service.py" line="77"/>
        <source>Refreshing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/training_service.py" line="89"/>
        <source>Cancelling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/training_service.py" line="101"/>
        <source>Deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="201"/>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="202"/>
        <source>Choose a take or sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="203"/>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="204"/>
        <source>Analyse again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="209"/>
        <source>Mono, 16-bit WAV at a rate the provider takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="211"/>
        <source>Loudness to −20 LUFS, peaks at or below −3 dBTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="212"/>
        <source>The cleanest continuous 10–20 s for one-sample cloning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="228"/>
        <source>Choose a sample to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="229"/>
        <source>Pick a take or sample above, or drop an audio file here, to see before any upload whether each provider would accept it — and fix what can be fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="231"/>
        <source>Check “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="307"/>
        <source>Analysing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="327"/>
        <source>“%1” could not be analysed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="340"/>
        <source>This file could not be read: there is nothing to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="341"/>
        <source>Choose a sample first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="413"/>
        <source>Provider&apos;s error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="428"/>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="428"/>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="448"/>
        <source>Applying “%1” to “%2”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="457"/>
        <source>Keeping %1 – %2 of “%3”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="465"/>
        <source>New sample “%1”; the original is unchanged. Checking it now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="467"/>
        <source>Saved a new sample: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="471"/>
        <source>the sample already meets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="472"/>
        <source>“%1” changed nothing, so no new sample was written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="234"/>
        <source>Nothing to check yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="235"/>
        <source>Record a take or drop an audio file here to see, before any upload, whether each provider would accept it — and fix what can be fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="237"/>
        <source>Open an audio file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="207"/>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="208"/>
        <source>Fix (writes a new sample):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="210"/>
        <source>Cut leading and trailing silence to about 150 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="290"/>
        <source>Open an audio file to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="291"/>
        <source>Audio (*.wav *.flac *.ogg *.mp3 *.m4a *.aac);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="378"/>
        <source>speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="378"/>
        <source>pauses longer than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="379"/>
        <source>clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="385"/>
        <source>(clipping marked where it starts; %1 stretches in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="388"/>
        <source>Drag on the waveform to select a stretch; the mouse wheel zooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/validate.py" line="405"/>
        <source>No problem found in this column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationService</name>
    <message>
        <location filename="../../studio/services/validation_service.py" line="131"/>
        <source>Analysing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/validation_service.py" line="156"/>
        <source>Fixing “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/validation_service.py" line="174"/>
        <source>Keeping a selection of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/validation_service.py" line="200"/>
        <source>Cloning on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceChooser</name>
    <message>
        <location filename="../../studio/ui/widgets/voice_chooser.py" line="90"/>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_chooser.py" line="91"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_chooser.py" line="92"/>
        <source>Stock voices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_chooser.py" line="93"/>
        <source>Show only the providers&apos; voices that speak this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_chooser.py" line="94"/>
        <source>Show only the providers&apos; female or male voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_chooser.py" line="105"/>
        <source>provider&apos;s voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_chooser.py" line="113"/>
        <source>any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_chooser.py" line="115"/>
        <source>any gender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceDesignService</name>
    <message>
        <location filename="../../studio/services/voice_design.py" line="64"/>
        <source>Designing “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceDetail</name>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="129"/>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="130"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="130"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="130"/>
        <source>Remote id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="131"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="131"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="131"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="132"/>
        <source>Reference sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="132"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="132"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="135"/>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="136"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="137"/>
        <source>Play and check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="138"/>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="202"/>
        <source>Open the reference sample in Validate: waveform, playback, report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="139"/>
        <source>Play preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="140"/>
        <source>The provider&apos;s preview of the designed voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="141"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="142"/>
        <source>Save name, tags and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="143"/>
        <source>Job history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="144"/>
        <source>Audition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="145"/>
        <source>Update from sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="146"/>
        <source>Clone on another provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="147"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="177"/>
        <source>The provider&apos;s own word: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="181"/>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="189"/>
        <source>Designed from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="198"/>
        <source>The provider no longer has this voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="203"/>
        <source>This voice&apos;s sample is not in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="207"/>
        <source>training job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/voice_detail.py" line="190"/>
        <source>none recorded here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoicesModel</name>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="93"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="93"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="93"/>
        <source>Remote id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="93"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="93"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="94"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="94"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="122"/>
        <source>The provider&apos;s own word: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="94"/>
        <source>Last audition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="94"/>
        <source>Cloned from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/models/voices_model.py" line="95"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../studio/ui/widgets/waveform.py" line="72"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
