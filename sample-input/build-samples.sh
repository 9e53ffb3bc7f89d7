#!/usr/bin/env bash
# Rebuild the 120 sample input files (docx, pdf, xlsx for 40 reports) from the seed text.
#
#   sample-input/build-samples.sh [SEED]
#
# SEED defaults to $SEED or ../shared/seed/fy2567-annual-reports.txt beside the repository.
# Needs LibreOffice (writer + calc), the TLWG Thai fonts, poppler-utils and python3; on Debian
# they are installed with apt-get when missing.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SEED="${1:-${SEED:-$HERE/../../shared/seed/fy2567-annual-reports.txt}}"
OUT="$HERE/2567/Q4/สำนักงานสถิติแห่งชาติ"

[ -f "$SEED" ] || { echo "seed not found: $SEED" >&2; exit 1; }

need=()
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui libreoffice-calc-nogui)
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v python3 >/dev/null || need+=(python3)
fc-list 2>/dev/null | grep -q Laksaman || need+=(fonts-thai-tlwg)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${need[@]}"
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# a private LibreOffice profile, so a running office or another build does not interfere
SOFFICE=(soffice "-env:UserInstallation=file://$WORK/profile" --headless --norestore)

python3 "$HERE/build_samples.py" build "$SEED" "$WORK/odf"

mkdir -p "$WORK/out"
"${SOFFICE[@]}" --convert-to 'docx:MS Word 2007 XML' --outdir "$WORK/out" "$WORK"/odf/report-*.fodt >"$WORK/docx.log" 2>&1 \
  || { cat "$WORK/docx.log" >&2; exit 1; }
"${SOFFICE[@]}" --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$WORK/out" "$WORK"/odf/report-*.fods >"$WORK/xlsx.log" 2>&1 \
  || { cat "$WORK/xlsx.log" >&2; exit 1; }
# the PDF is made from the .docx, as Word's "Save as PDF" of the delivered file would be
"${SOFFICE[@]}" --convert-to 'pdf:writer_pdf_Export' --outdir "$WORK/out" "$WORK"/out/report-*.docx >"$WORK/pdf.log" 2>&1 \
  || { cat "$WORK/pdf.log" >&2; exit 1; }

python3 "$HERE/build_samples.py" normalize "$WORK/out"

mkdir -p "$OUT"
rm -f "$OUT"/report-*.docx "$OUT"/report-*.pdf "$OUT"/report-*.xlsx
cp "$WORK"/out/report-*.docx "$WORK"/out/report-*.pdf "$WORK"/out/report-*.xlsx "$OUT"/
cp "$WORK/odf/manifest.tsv" "$HERE/manifest.tsv"

n=$(ls "$OUT" | grep -cE '^report-[0-9]{2}\.(docx|pdf|xlsx)$')
echo "wrote $n files to $OUT ($(du -sh "$OUT" | cut -f1))"
python3 "$HERE/build_samples.py" verify "$SEED" "$OUT"
