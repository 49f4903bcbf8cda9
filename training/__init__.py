"""Development-time training of the shipped model (needs the `train` extra: PyTorch, CPU).

Nothing here runs in the bot or its tests: `python -m training.finetune` writes the
weights the bot loads (bot/models/), and the leave-one-author-out predictions that
bench/safety_eval.py and bench/matcher_eval.py score.
"""
