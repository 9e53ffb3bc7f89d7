// The quarterly dashboard: reads parquet/manifest.json and the Parquet files it lists (hyparquet, in the
// browser), draws with ECharts. Every rule (rates, attained or not, where an activity's plan stood) comes
// from the warehouse's views, exported as budget_execution, kpi_attainment and activity_status; this page
// only filters, sums and draws. Works from `report-etl serve` or any static file server: the data folder
// is `parquet/` beside the page, or ?data=<url of the folder holding manifest.json>.
import { parquetReadObjects } from 'hyparquet'
import * as echarts from 'echarts/core'
import { BarChart, ScatterChart } from 'echarts/charts'
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, DataZoomComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

echarts.use([BarChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent,
  DataZoomComponent, CanvasRenderer])

const params = new URLSearchParams(location.search)
const DATA = (params.get('data') || 'parquet/').replace(/\/?$/, '/')

/**
 * The share of the year's allocation expected to be disbursed by the end of each quarter: a straight
 * line unless ?pace=a,b,c,d (percent, cumulative) gives the year's targets.
 */
const PACE = (params.get('pace') || '25,50,75,100').split(',').map(Number)

const LABELS = {
  th: {
    title: 'ผลการดำเนินงานและการใช้จ่ายงบประมาณรายไตรมาส',
    period: 'ปีงบประมาณ / ไตรมาส',
    periodOption: (fy, q) => `ปีงบประมาณ ${fy} ไตรมาสที่ ${q}`,
    source: (m) => `ข้อมูลจากการนำเข้าครั้งที่ ${m.run ? m.run.run_id : '-'} ส่งออกเมื่อ ${m.exported_at}`,
    reports: 'จำนวนรายงาน', allocated: 'งบประมาณที่ได้รับจัดสรร (บาท)', disbursed: 'เบิกจ่ายแล้ว (บาท)',
    disbursementRate: 'อัตราการเบิกจ่าย', expectedPace: 'เป้าหมายการเบิกจ่ายสะสม', findings: 'ข้อสังเกตด้านคุณภาพข้อมูล',
    ratesByAgency: 'อัตราการเบิกจ่ายและการก่อหนี้ผูกพันรายหน่วยงาน เทียบกับเป้าหมายไตรมาส',
    ratesByProject: 'อัตราการเบิกจ่ายและการก่อหนี้ผูกพันรายโครงการ เทียบกับเป้าหมายไตรมาส',
    progressVsMoney: 'ความก้าวหน้าของงาน เทียบกับเงินที่ใช้ไป (รายโครงการ)',
    indicators: 'ตัวชี้วัด: บรรลุ / ไม่บรรลุ / ไม่ทราบ (รายหน่วยงาน)',
    activities: 'กิจกรรมที่ครบกำหนดหรือเลยกำหนด',
    findingsByAgencyRule: 'ข้อสังเกตรายหน่วยงานและกฎ พร้อมหลักฐาน',
    notReported: 'โครงการที่รายงานไตรมาสก่อนแต่ไม่ได้รายงานไตรมาสนี้',
    disbursementRateS: 'อัตราการเบิกจ่าย (%)', contractRateS: 'อัตราการก่อหนี้ผูกพัน (%)', pace: 'เป้าหมาย',
    progressAxis: 'ความก้าวหน้าทั้งโครงการ (%)', moneyAxis: 'เบิกจ่ายแล้ว (% ของงบจัดสรร)',
    yes: 'บรรลุ', no: 'ไม่บรรลุ', unknown: 'ไม่ทราบ',
    due_now: 'ครบกำหนดในไตรมาสนี้', past_due: 'เลยกำหนดมาแล้ว', in_progress: 'อยู่ระหว่างดำเนินการ',
    not_started: 'ยังไม่ถึงกำหนดเริ่ม', unknown_plan: 'ไม่ระบุช่วงเวลา',
    agency: 'หน่วยงาน', project: 'โครงการ', activity: 'กิจกรรม', planned: 'แผน', status: 'สถานะ',
    resultThisQuarter: 'ผลไตรมาสนี้', file: 'ไฟล์', rule: 'กฎ', message: 'ข้อความ', evidence: 'หลักฐาน',
    lastQuarter: 'ไตรมาสก่อน', none: 'ไม่มี', count: 'จำนวน', loadFailed: 'อ่านข้อมูลไม่สำเร็จ',
  },
  en: {
    title: 'Quarterly performance and budget execution',
    period: 'Fiscal year / quarter',
    periodOption: (fy, q) => `FY ${fy} (B.E.) Q${q}`,
    source: (m) => `From ingest run ${m.run ? m.run.run_id : '-'}, exported ${m.exported_at}`,
    reports: 'Reports', allocated: 'Allocated (baht)', disbursed: 'Disbursed (baht)',
    disbursementRate: 'Disbursement rate', expectedPace: 'Expected pace (cumulative)', findings: 'Data-quality findings',
    ratesByAgency: 'Disbursement and contract rates per agency against the quarter\'s expected pace',
    ratesByProject: 'Disbursement and contract rates per project against the quarter\'s expected pace',
    progressVsMoney: 'Progress against money spent (per project)',
    indicators: 'Indicators attained / not / unknown (per agency)',
    activities: 'Activities due or late',
    findingsByAgencyRule: 'Findings per agency and rule, with their evidence',
    notReported: 'Projects that reported last quarter but not this one',
    disbursementRateS: 'Disbursement rate (%)', contractRateS: 'Contract rate (%)', pace: 'Expected pace',
    progressAxis: 'Progress of the whole project (%)', moneyAxis: 'Disbursed (% of allocation)',
    yes: 'attained', no: 'not attained', unknown: 'unknown',
    due_now: 'due this quarter', past_due: 'past due', in_progress: 'in progress',
    not_started: 'not started yet', unknown_plan: 'no planned period',
    agency: 'Agency', project: 'Project', activity: 'Activity', planned: 'Planned', status: 'Status',
    resultThisQuarter: 'Result this quarter', file: 'File', rule: 'Rule', message: 'Message', evidence: 'Evidence',
    lastQuarter: 'Last quarter', none: 'none', count: 'count', loadFailed: 'Could not read the data',
  },
}

let lang = params.get('lang') === 'en' ? 'en' : 'th'
const t = (k) => LABELS[lang][k]
let manifest
let period
const cache = new Map()
const charts = []

/** DuckDB's BIGINT arrives as BigInt: numbers are numbers here (ids and counts are far below 2^53). */
function plain(row) {
  for (const k in row) if (typeof row[k] === 'bigint') row[k] = Number(row[k])
  return row
}

async function fetchOk(url) {
  const res = await fetch(url, { cache: 'no-store' })
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`)
  return res
}

/** A table's rows, of one period for a partitioned table (its period added back from the manifest). */
async function rows(name, fy, q) {
  const key = `${name}/${fy}/${q}`
  if (cache.has(key)) return cache.get(key)
  const table = manifest.tables.find((x) => x.name === name)
  if (!table) throw new Error(`manifest.json has no table ${name}`)
  const files = table.partition_columns
    ? table.files.filter((f) => f.partition.fiscal_year === fy && f.partition.quarter === q)
    : table.files
  const out = []
  for (const f of files) {
    const buf = await (await fetchOk(DATA + f.path)).arrayBuffer()
    const part = await parquetReadObjects({ file: buf })
    for (const r of part) out.push(Object.assign(plain(r), f.partition || {}))
  }
  cache.set(key, out)
  return out
}

const satang = (v) => Math.round(Number(v) * 100)
const money = (s) => (s / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const pct = (x) => (x == null || !isFinite(x) ? '-' : (Math.round(x * 1000) / 10).toFixed(1) + '%')
const group = (list, key) => {
  const m = new Map()
  for (const r of list) {
    const k = key(r)
    if (!m.has(k)) m.set(k, [])
    m.get(k).push(r)
  }
  return m
}

/** Disbursed and contracted over allocated, summed over rows with a positive allocation (as the view rates one). */
function rates(list) {
  let a = 0, d = 0, c = 0
  for (const r of list) {
    if (r.allocated > 0) {
      a += satang(r.allocated)
      d += satang(r.disbursed || 0)
      c += satang(r.contracted || 0)
    }
  }
  return { disbursement: a ? d / a : null, contract: a ? c / a : null }
}

function previousPeriod(fy, q) {
  return q === 1 ? [fy - 1, 4] : [fy, q - 1]
}

function chart(id, option, points) {
  const el = document.getElementById(id)
  el.dataset.points = String(points)
  const c = echarts.init(el, null, { renderer: 'canvas' })
  c.setOption(Object.assign({ animation: false, tooltip: {} }, option))
  charts.push(c)
}

function table(id, head, body) {
  const el = document.getElementById(id)
  el.replaceChildren()
  const tr = el.createTHead().insertRow()
  for (const h of head) {
    const th = document.createElement('th')
    th.textContent = h
    tr.appendChild(th)
  }
  const tb = el.createTBody()
  if (!body.length) {
    const td = tb.insertRow().insertCell()
    td.colSpan = head.length
    td.textContent = t('none')
  }
  for (const row of body) {
    const r = tb.insertRow()
    row.forEach((v, i) => {
      const td = r.insertCell()
      td.textContent = v == null ? '' : String(v)
      if (head[i] === t('evidence')) td.className = 'evidence'
    })
  }
  el.dataset.rows = String(body.length)
}

function text(id, value, raw) {
  const el = document.getElementById(id)
  el.textContent = value
  if (raw !== undefined) el.dataset.value = String(raw)
}

const short = (s, n = 28) => (s && s.length > n ? s.slice(0, n - 1) + '…' : s)

async function render() {
  document.documentElement.lang = lang
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n)
  text('title', t('title'))
  text('period-label', t('period'))
  text('source', LABELS[lang].source(manifest))
  document.getElementById('lang-th').setAttribute('aria-pressed', String(lang === 'th'))
  document.getElementById('lang-en').setAttribute('aria-pressed', String(lang === 'en'))
  const select = document.getElementById('period')
  for (const o of select.options) {
    const [fy, q] = o.value.split('/').map(Number)
    o.textContent = LABELS[lang].periodOption(fy, q)
  }
  const [fy, q] = period
  const pace = PACE[q - 1] / 100

  const [summary, budget, kpi, activity, finding, agencies] = await Promise.all([
    rows('submission_summary', fy, q), rows('budget_execution', fy, q), rows('kpi_attainment', fy, q),
    rows('activity_status', fy, q), rows('dq_finding', fy, q), rows('dim_agency')])
  const [pfy, pq] = previousPeriod(fy, q)
  const hasPrevious = manifest.tables.find((x) => x.name === 'submission_summary').files
    .some((f) => f.partition.fiscal_year === pfy && f.partition.quarter === pq)
  const previous = hasPrevious ? await rows('submission_summary', pfy, pq) : []
  const agencyName = new Map(agencies.map((a) => [a.agency_id, a.agency_name]))
  const primary = new Map(summary.map((s) => [s.submission_id, s]))

  charts.splice(0).forEach((c) => c.dispose())

  // Headline numbers: each report once (its primary rendition's latest version).
  let allocated = 0, disbursed = 0
  for (const s of summary) {
    allocated += satang(s.allocated || 0)
    disbursed += satang(s.disbursed || 0)
  }
  const findings = finding.filter((f) => primary.has(f.submission_id))
  text('n-reports', summary.length.toLocaleString('en-US'), summary.length)
  text('n-allocated', money(allocated), (allocated / 100).toFixed(2))
  text('n-disbursed', money(disbursed), (disbursed / 100).toFixed(2))
  const overall = rates(budget)
  text('n-rate', pct(overall.disbursement))
  text('n-pace', pct(pace))
  text('n-findings', findings.length.toLocaleString('en-US'), findings.length)

  const paceLine = { silent: true, symbol: 'none', lineStyle: { color: '#c0392b', type: 'dashed' },
    label: { formatter: `${t('pace')} ${PACE[q - 1]}%`, position: 'insideEndTop' }, data: [{ xAxis: PACE[q - 1] }] }
  const bars = (byKey, label, id) => {
    const keys = [...byKey.keys()].sort()
    const r = keys.map((k) => rates(byKey.get(k)))
    const round = (x) => (x == null ? null : Math.round(x * 1000) / 10)
    chart(id, {
      legend: {},
      grid: { left: 8, right: 40, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: keys.map((k) => short(label(k), 40)), inverse: true },
      series: [
        { name: t('disbursementRateS'), type: 'bar', data: r.map((x) => round(x.disbursement)), markLine: paceLine },
        { name: t('contractRateS'), type: 'bar', data: r.map((x) => round(x.contract)) },
      ],
    }, keys.length)
  }
  bars(group(budget, (b) => b.agency), (k) => k, 'chart-agency')
  bars(group(budget, (b) => b.project_name), (k) => k, 'chart-project')

  // Progress of the work against the share of the money spent: above the diagonal, work runs ahead.
  const points = budget.filter((b) => b.allocated > 0 && b.disbursement_rate != null)
    .map((b) => ({ b, s: primary.get(b.submission_id) }))
    .filter((x) => x.s && x.s.progress_total_pct != null)
    .map((x) => ({ value: [Math.round(x.b.disbursement_rate * 1000) / 10, x.s.progress_total_pct], name: x.b.project_name }))
  chart('chart-progress', {
    grid: { left: 8, right: 24, containLabel: true },
    tooltip: { formatter: (p) => `${p.name}<br>${p.value[0]}% / ${p.value[1]}%` },
    xAxis: { type: 'value', name: t('moneyAxis'), nameLocation: 'middle', nameGap: 26, max: (v) => Math.max(100, v.max) },
    yAxis: { type: 'value', name: t('progressAxis'), max: (v) => Math.max(100, v.max) },
    series: [{ type: 'scatter', data: points, symbolSize: 9,
      markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dotted' },
        data: [[{ coord: [0, 0] }, { coord: [100, 100] }]] } }],
  }, points.length)

  // Indicators: the view's attained (yes / no / unknown) per agency.
  const kpiBy = group(kpi, (k) => k.agency)
  const kpiKeys = [...kpiBy.keys()].sort()
  chart('chart-kpi', {
    legend: {},
    grid: { left: 8, right: 24, containLabel: true },
    xAxis: { type: 'value', name: t('count') },
    yAxis: { type: 'category', data: kpiKeys.map((k) => short(k, 40)) },
    series: ['yes', 'no', 'unknown'].map((a) => ({
      name: t(a), type: 'bar', stack: 'kpi',
      data: kpiKeys.map((k) => kpiBy.get(k).filter((x) => x.attained === a).length),
    })),
  }, kpi.length)

  // Activities: where each plan stood at the quarter's end; 'due' split into due in this quarter and past due.
  const quarterStart = new Date(Date.UTC(fy - 543 - (q === 1 ? 1 : 0), [9, 0, 3, 6][q - 1], 1))
  const status = (a) => {
    if (a.plan_status !== 'due') return a.plan_status === 'unknown' ? 'unknown_plan' : a.plan_status
    const end = a.planned_end instanceof Date ? a.planned_end : new Date(a.planned_end)
    return end < quarterStart ? 'past_due' : 'due_now'
  }
  const kinds = ['due_now', 'past_due', 'in_progress', 'not_started', 'unknown_plan']
  const actBy = group(activity, status)
  chart('chart-activity', {
    grid: { left: 8, right: 24, containLabel: true },
    xAxis: { type: 'category', data: kinds.map((k) => t(k)), axisLabel: { interval: 0, fontSize: 11 } },
    yAxis: { type: 'value', name: t('count') },
    series: [{ type: 'bar', data: kinds.map((k) => (actBy.get(k) || []).length),
      itemStyle: { color: (p) => ['#e67e22', '#c0392b', '#2980b9', '#95a5a6', '#bdc3c7'][p.dataIndex] } }],
  }, activity.length)
  table('table-activity', [t('project'), t('activity'), t('planned'), t('status'), t('resultThisQuarter')],
    activity.filter((a) => a.plan_status === 'due')
      .map((a) => [a.project_name, a.activity, a.planned_text, t(status(a)), a.result_this_quarter]))

  // Findings per agency and rule, each with the text it was found in.
  const withAgency = findings.map((f) => ({ f, s: primary.get(f.submission_id) }))
  const rules = [...new Set(findings.map((f) => f.rule))].sort()
  const fBy = group(withAgency, (x) => x.s.agency)
  const fKeys = [...fBy.keys()].sort()
  chart('chart-findings', {
    legend: { type: 'scroll' },
    grid: { left: 8, right: 24, top: 40, containLabel: true },
    xAxis: { type: 'value', name: t('count') },
    yAxis: { type: 'category', data: fKeys.map((k) => short(k, 40)) },
    series: rules.map((rule) => ({ name: rule, type: 'bar', stack: 'f',
      data: fKeys.map((k) => fBy.get(k).filter((x) => x.f.rule === rule).length) })),
  }, findings.length)
  table('table-findings', [t('agency'), t('file'), t('rule'), t('message'), t('evidence')],
    withAgency.sort((a, b) => (a.s.agency + a.s.file_name).localeCompare(b.s.agency + b.s.file_name))
      .map(({ f, s }) => [s.agency, s.file_name, f.rule, lang === 'en' ? f.message_en : f.message_th, f.evidence]))

  // Reported last quarter, not this one (by project).
  const now = new Set(summary.map((s) => s.project_id))
  table('table-missing', [t('agency'), t('project'), t('lastQuarter')],
    previous.filter((p) => !now.has(p.project_id))
      .map((p) => [agencyName.get(p.agency_id) || p.agency, p.project_name, p.file_name]))
  document.body.dataset.drawnMs ??= String(Math.round(performance.now()))   // first draw, from navigation
  document.body.dataset.ready = `${fy}/${q}/${lang}`
}

async function main() {
  try {
    manifest = await (await fetchOk(DATA + 'manifest.json')).json()
    const periods = manifest.tables.find((x) => x.name === 'submission_summary').files
      .map((f) => f.partition).filter((p) => p.fiscal_year != null && p.quarter != null)
      .sort((a, b) => b.fiscal_year - a.fiscal_year || b.quarter - a.quarter)
    const select = document.getElementById('period')
    for (const p of periods) {
      const o = document.createElement('option')
      o.value = `${p.fiscal_year}/${p.quarter}`
      select.appendChild(o)
    }
    const wanted = params.get('period')
    if (wanted && periods.some((p) => `${p.fiscal_year}/${p.quarter}` === wanted)) select.value = wanted
    const pick = () => { period = select.value.split('/').map(Number) }
    pick()
    select.addEventListener('change', () => { pick(); render().catch(fail) })
    document.getElementById('lang-th').addEventListener('click', () => { lang = 'th'; render().catch(fail) })
    document.getElementById('lang-en').addEventListener('click', () => { lang = 'en'; render().catch(fail) })
    window.addEventListener('resize', () => charts.forEach((c) => c.resize()))
    if (!periods.length) throw new Error('no period in submission_summary')
    await render()
  } catch (e) {
    fail(e)
  }
}

function fail(e) {
  const el = document.getElementById('error')
  el.hidden = false
  el.textContent = `${t('loadFailed')}: ${e.message}`
  document.body.dataset.error = e.message
}

main()
