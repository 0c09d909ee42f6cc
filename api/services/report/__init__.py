"""The supervisor's view: what people ask (by week and place), where chat fell short (fallbacks,
hand-off reasons), every 👎 with its comment and the answer it judged, what agents copied; as
JSON for the console and as CSV (UTF-8 with BOM, so Excel opens it) for the centre's reports."""
