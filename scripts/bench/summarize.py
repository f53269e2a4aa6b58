"""Summarizes scripts/bench.sh's results (JSON lines): prints the tables, then, as the last line, one JSON object."""
import json
import statistics
import sys

rows = [json.loads(line) for line in open(sys.argv[1], encoding='utf-8') if line.strip()]
load = sys.argv[2] if len(sys.argv) > 2 else ''
engines_only = len(sys.argv) > 3 and sys.argv[3] == '1'  # bench.sh --engines: only the rounds against the floor
engine = {r['impl']: r['results'] for r in rows if r['kind'] == 'engine'}
ours, peer = engine.get('budgetgraph', {}), engine.get('graphql-js', {})

ratios = {}
if ours:
    print('## Engine: HotChocolate ÷ graphql-js (operations per second, higher is better)')
    print('| document | parse | validate | execute | parse+validate+execute | same answer |')
    print('|---|---|---|---|---|---|')
    for doc in ours:
        r = {phase: ours[doc][phase] / peer[doc][phase] for phase in ('parse', 'validate', 'execute', 'full')}
        ratios[doc] = round(r['full'], 2)
        print(f"| {doc} | {r['parse']:.2f}× | {r['validate']:.2f}× | {r['execute']:.2f}× | {r['full']:.2f}× | "
              f"{'yes' if ours[doc]['sha256'] == peer[doc]['sha256'] else 'NO'} |")

api = [r for r in rows if r['kind'] == 'api']
cached = {(r['provider'], r['scale'], r['query']): r['latency'] for r in rows if r['kind'] == 'cached'}
if api:
    print()
    print('## API ÷ raw-SQL floors (p50 latency on one connection; statements per request; throughput with 16 connections)')
    print('API figures with the response cache off; "cached p50" is the same request answered from the cache. The HTTP floor is the')
    print('hand-written statement served by the same process at /bench/sql (rows as JSON, same client); the in-process floor runs it')
    print('through ADO.NET with no HTTP.')
    print('| provider | scale | query | API p50 ms | API p99 ms | HTTP floor p50 ms | in-process p50 ms | API ÷ HTTP floor | API ÷ in-process | statements | req/s | non-2xx | cached p50 ms |')
    print('|---|---|---|---|---|---|---|---|---|---|---|---|---|')
    for r in api:
        ratio = r['latency']['p50_ms'] / max(r['http_floor']['p50_ms'], 0.001)
        inprocess = r['latency']['p50_ms'] / max(r['sql']['p50_ms'], 0.001)
        r['ratio'], r['inprocess_ratio'] = ratio, inprocess
        hit = cached.get((r['provider'], r['scale'], r['query']))
        hit_p50 = f"{hit['p50_ms']:.3f}" if hit else '-'
        print(f"| {r['provider']} | {r['scale']} | {r['query']} | {r['latency']['p50_ms']:.2f} | {r['latency']['p99_ms']:.2f} | "
              f"{r['http_floor']['p50_ms']:.2f} | {r['sql']['p50_ms']:.2f} | {ratio:.1f}× | {inprocess:.1f}× | {r['statements']} | "
              f"{r['load']['rps']:.0f} | {r['load']['non2xx']} | {hit_p50} |")

# HotChocolate against its HTTP floor in rounds: every round measured each query and then its floor; the figure of each
# is the median over the rounds of its p50 (and the ratio is of those medians).
def median_p50(kind, key_of):
    found = {}
    for r in rows:
        if r['kind'] == kind:
            found.setdefault(key_of(r), []).append(r['latency']['p50_ms'])
    return {k: statistics.median(v) for k, v in found.items()}, {k: len(v) for k, v in found.items()}
engines, rounds = median_p50('engine_api', lambda r: (r['provider'], r['scale'], r['query']))
# Server CPU per request (user + system over all rounds ÷ requests).
TICKS = int(__import__('os').sysconf('SC_CLK_TCK'))
engine_cpu = {}
for r in rows:
    if r['kind'] == 'engine_api' and 'cpu_ticks' in r:
        ticks, requests = engine_cpu.get((r['provider'], r['scale'], r['query']), (0, 0))
        engine_cpu[(r['provider'], r['scale'], r['query'])] = (ticks + r['cpu_ticks'], requests + r['latency']['requests'])
cpu_ms = {k: t * 1000 / TICKS / n for k, (t, n) in engine_cpu.items() if n}
engine_floors, _ = median_p50('engine_floor', lambda r: (r['provider'], r['scale'], r['query']))
engine_statements = {(r['provider'], r['scale'], r['query']): r['statements'] for r in rows if r['kind'] == 'engine_statements'}
pairs = []
if engines:
    print()
    print('## HotChocolate against the HTTP floor, in rounds (one process, measured in turn)')
    print("p50 on one connection: the median over the rounds of each round's p50; floor = the HTTP floor (/bench/sql) in the same rounds.")
    print('| provider | scale | query | rounds | HotChocolate p50 ms | HTTP floor p50 ms | HotChocolate ÷ floor | statements | CPU ms per request |')
    print('|---|---|---|---|---|---|---|---|---|')
for (provider, scale, query), hc in engines.items():
    floor = engine_floors.get((provider, scale, query))
    pair = {'provider': provider, 'scale': scale, 'query': query,
            'hc_vs_floor': hc / max(floor, 0.001) if floor else None, 'hc_ms': hc, 'floor_ms': floor}
    pairs.append(pair)
    f = lambda x: f'{x:.2f}' if x is not None else '-'
    print(f"| {provider} | {scale} | {query} | {rounds[(provider, scale, query)]} | {hc:.2f} | {f(floor)} | "
          f"{f(pair['hc_vs_floor'])}× | {engine_statements.get((provider, scale, query))} | {f(cpu_ms.get((provider, scale, query)))} |")

for r in rows:
    if r['kind'] == 'compare1000':
        print(f"\ncompare of 1,000 departments at 类 ({r['provider']}, scale {r['scale']}): p50 {r['latency']['p50_ms']:.1f} ms, "
              f"p99 {r['latency']['p99_ms']:.1f} ms")
memory = [r for r in rows if r['kind'] == 'memory']
for r in memory:
    print(f"peak memory ({r['provider']}, scale {r['scale']}): {r['peak_kb'] / 1024:.0f} MB")
print(f"\nmachine load during the run: {load.strip()}")

# The headline is over the scales issue 11's targets name (1,000 and 10,000 departments); a run without them (BENCH_SCALES=1)
# falls back to its largest scale. Scale 1 (the real documents, a few rows) is printed beside it, not folded into it.
TARGET_SCALES = (1000, 10000)
headline_scales = {r['scale'] for r in api if r['scale'] in TARGET_SCALES} or {max((r['scale'] for r in api), default=None)}
largest = ', '.join(f'{s:,}' for s in sorted(s for s in headline_scales if s is not None)) or None
worst = max((r for r in api if r['scale'] in headline_scales), key=lambda r: r['ratio'], default=None)
worst_inprocess = max((r for r in api if r['scale'] in headline_scales), key=lambda r: r['inprocess_ratio'], default=None)
worst_real = max((r for r in api if r['scale'] == 1), key=lambda r: r['ratio'], default=None)
summary = {
    'engine_vs_graphqljs': round(statistics.median(ratios.values()), 2) if ratios else None,
    'engine_vs_graphqljs_per_document': ratios,
    'api_vs_sql_p50': round(worst['ratio'], 2) if worst else None,
    'api_vs_sql_p50_worst_query': f"{worst['provider']} {worst['query']} at {worst['scale']:,}" if worst else None,
    'api_vs_sql_p50_scales': largest,
    'api_vs_sql_p50_real_documents': round(worst_real['ratio'], 2) if worst_real else None,
    'api_vs_sql_p50_per_query': {f"{r['provider']}/{r['scale']}/{r['query']}": round(r['ratio'], 2) for r in api},
    'api_vs_sql_inprocess_p50': round(worst_inprocess['inprocess_ratio'], 2) if worst_inprocess else None,
    'api_vs_sql_inprocess_p50_per_query': {f"{r['provider']}/{r['scale']}/{r['query']}": round(r['inprocess_ratio'], 2) for r in api},
    'hotchocolate_vs_http_floor_p50_per_query': {f"{p['provider']}/{p['scale']}/{p['query']}": round(p['hc_vs_floor'], 2) for p in pairs if p['hc_vs_floor']},
    'engines_p50_ms': {f"{p['provider']}/{p['scale']}/{p['query']}": {'hotchocolate': p['hc_ms'], 'http_floor': p['floor_ms']} for p in pairs},
    'statements_per_request_max': max([r['statements'] or 0 for r in api] + [r['statements'] or 0 for r in rows if r['kind'] == 'engine_statements'], default=None),
    'compare_1000_departments_p50_ms': {f"{r['provider']}/{r['scale']}": r['latency']['p50_ms'] for r in rows if r['kind'] == 'compare1000'},
    'peak_memory_mb': {f"{r['provider']}/{r['scale']}": round(r['peak_kb'] / 1024) for r in memory},
    'cached_p50_ms': {f"{p}/{s}/{q}": v['p50_ms'] for (p, s, q), v in cached.items()},
}
print(json.dumps(summary, ensure_ascii=False))
# On its own lines: the real documents (scale 1, not part of the target) and API ÷ in-process floor (no HTTP in the floor).
if worst_real:
    print(f"api_vs_sql_p50_real_documents={summary['api_vs_sql_p50_real_documents']} ({worst_real['provider']} {worst_real['query']})")
print(f"api_vs_sql_inprocess_p50={summary['api_vs_sql_inprocess_p50']}")
# The last line: the two figures issue 11's targets are about (api_vs_sql_p50 = API ÷ HTTP floor ≤ 2, statements ≤ 3).
print(f"api_vs_sql_p50={summary['api_vs_sql_p50']} statements_per_request_max={summary['statements_per_request_max']}")
