"""webrtcvad comes from the `webrtcvad-wheels` distribution; the stock hook asks for metadata of
`webrtcvad` (which is not installed) and stops the build. Carry the metadata that is there."""

from PyInstaller.utils.hooks import copy_metadata

datas = copy_metadata("webrtcvad-wheels")
