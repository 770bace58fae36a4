"""tencent vendor package."""
