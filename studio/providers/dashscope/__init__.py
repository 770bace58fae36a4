"""dashscope vendor package."""
