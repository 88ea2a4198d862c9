#!/usr/bin/env bash
# Saves a PNG of every screen of the desktop app, in English and Vietnamese, into
# docs/screenshots/: the real app (build/release, or the build folder given) under
# Xvfb (with openbox) on a generated book, driven with the keyboard through xdotool,
# captured with ImageMagick's import. packaging/install-deps.sh installs them all.
#   tests/ui/screenshots.sh [BUILD_DIR] [OUT_DIR]
# SHOT_ONLY=payee takes only the payee's own screens (payee-*.png).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
out=${2:-docs/screenshots}
app="$build/app/coffer/coffer"
cli="$build/app/cli/coffer-cli"
[[ -x "$app" && -x "$cli" ]] || { echo "build $build first (cmake --build --preset release)" >&2; exit 1; }
mkdir -p "$out"

work=$(mktemp -d /tmp/coffer-shots.XXXXXX)
trap 'rm -rf "$work"' EXIT
book="$work/demo.coffer"
# Every user of the book has this password; the app signs in as "demo" with it.
export COFFER_PASSWORD=coffer-demo COFFER_NEW_PASSWORD=coffer-demo
"$cli" --db "$book" init --merchant "Coffer Demo Café" --currency VND --admin demo >/dev/null
as_demo=(--db "$book" --user demo)
"$cli" "${as_demo[@]}" generate --transactions 20000 --seed 2026 >/dev/null
# A long name and a 15-digit balance must not clip anywhere.
"$cli" "${as_demo[@]}" wallet add --name "Ngân hàng TMCP Ngoại thương Việt Nam — tài khoản doanh nghiệp" \
    --type bank --currency VND --initial 999999999999999 >/dev/null
# The café's team, for the users and audit screens.
"$cli" "${as_demo[@]}" user add --name lan --role bookkeeper >/dev/null
"$cli" "${as_demo[@]}" user add --name minh --role reviewer >/dev/null
"$cli" "${as_demo[@]}" user add --name thu --role reconciler >/dev/null
"$cli" "${as_demo[@]}" user add --name an --role auditor >/dev/null
"$cli" "${as_demo[@]}" user add --name "Nguyễn Thị Vy" --role payee --payee creator:42 >/dev/null
"$cli" --db "$book" --user lan tx add --type expense --wallet Cash --amount 48000 \
    --category PURCHASE --note "Sữa tươi" >/dev/null
COFFER_PASSWORD=wrong-guess "$cli" --db "$book" --user thu balance >/dev/null 2>&1 || true
"$cli" "${as_demo[@]}" user disable an >/dev/null

# Payees and payouts for the inbox: lan requests, minh approves with his one-time
# code (computed here as his authenticator would), processes and pays with a proof.
totp() { /usr/bin/python3 -c 'import base64,hmac,hashlib,struct,sys,time
k=base64.b32decode(sys.argv[1]);c=int(time.time())//30+int(sys.argv[2])
h=hmac.new(k,struct.pack(">Q",c),hashlib.sha1).digest();o=h[-1]&15
print("%06d"%((struct.unpack(">I",h[o:o+4])[0]&0x7fffffff)%1000000))' "$1" "$2"; }
"$cli" "${as_demo[@]}" fee set --percent 10 >/dev/null
for payee in "creator 42 Nguyễn Thị Vy" "affiliate aff-17" "vendor vnd-rang-xay" "creator 58"; do
    read -r kind id _ <<<"$payee"
    "$cli" "${as_demo[@]}" payee get-or-create --owner-type "$kind" --owner-id "$id" --currency VND >/dev/null
    "$cli" "${as_demo[@]}" payee credit --owner-id "$id" --type earning --amount 12500000 >/dev/null
done
"$cli" "${as_demo[@]}" method add --owner-id 42 --kind bank --details "GB82 WEST 1234 5698 7654 32" >/dev/null
"$cli" "${as_demo[@]}" method add --owner-id aff-17 --kind paypal --details "aff17@example.com" >/dev/null
"$cli" "${as_demo[@]}" method add --owner-id vnd-rang-xay --kind bank --details "0071000123456" >/dev/null
"$cli" "${as_demo[@]}" method add --owner-id 58 --kind venmo --details "@creator-58" >/dev/null
as_lan=(--db "$book" --user lan)
paid=$("$cli" "${as_lan[@]}" payout request --owner-id 42 --amount 4500000)
"$cli" "${as_lan[@]}" payout request --owner-id aff-17 --amount 2750000 --instant >/dev/null
"$cli" "${as_lan[@]}" payout request --owner-id vnd-rang-xay --amount 8200000 >/dev/null
canceled=$("$cli" "${as_lan[@]}" payout request --owner-id 58 --amount 1000000)
"$cli" "${as_lan[@]}" payout cancel "$canceled" --reason "Asked twice" >/dev/null
secret=$("$cli" --db "$book" --user minh --json totp enroll | sed -n 's/.*"secret": "\([A-Z2-7]*\)".*/\1/p')
"$cli" --db "$book" --user minh totp verify "$(totp "$secret" -1)" >/dev/null
COFFER_TOTP=$(totp "$secret" 0) "$cli" --db "$book" --user minh payout approve "$paid" >/dev/null
"$cli" --db "$book" --user minh payout process "$paid" >/dev/null
convert -size 720x420 xc:white -fill '#1d3557' -font DejaVu-Sans-Bold -pointsize 26 \
    -annotate +40+70 'Vietcombank — Transfer confirmation' -font DejaVu-Sans -pointsize 20 \
    -annotate +40+140 'Reference: VCB-2026-118734' -annotate +40+185 'Amount: 4,500,000 VND' \
    -annotate +40+230 'Beneficiary: IBAN GB82 WEST •••• 5432' -annotate +40+275 'Status: completed' \
    "$work/slip.png"
"$cli" --db "$book" --user minh payout execute "$paid" --reference "VCB-2026-118734" \
    --actual-amount 4500000 --proof "$work/slip.png" >/dev/null

# A payout that carries an adjustment and came back from the bank with another
# amount: the reconciliation queue. thu (reconciler) adds the obligation.
"$cli" --db "$book" --user thu adjustment add --owner-id 58 --class carry_forward_deduction \
    --amount 200000 --mode auto --note "Overpaid in October" >/dev/null
short=$("$cli" "${as_lan[@]}" payout request --owner-id 58 --amount 3000000)
COFFER_TOTP=$(totp "$secret" 1) "$cli" --db "$book" --user minh payout approve "$short" >/dev/null
"$cli" --db "$book" --user minh payout process "$short" >/dev/null
"$cli" --db "$book" --user minh payout execute "$short" --reference "VCB-2026-118802" \
    --actual-amount 2750000 --proof "$work/slip.png" --note "The bank deducted a 50,000 fee" >/dev/null

# Customers and invoices: the café bills a company monthly for deliveries, a hotel
# by hand (prices with tax included), and a co-working space whose invoice is
# overdue; one invoice was cancelled by a credit note, one is still a draft.
last_month=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
"$cli" "${as_demo[@]}" letterhead set --address "12 Bạch Đằng, Hải Châu\nĐà Nẵng" \
    --tax-id 0401234567 --email hoadon@coffer-cafe.example --language vi >/dev/null
binh="Công ty TNHH Bình Minh"
"$cli" "${as_lan[@]}" customer add --name "$binh" --email ketoan@binhminh.example \
    --tax-id 0312345678 --address "25 Lê Lợi, Quận 1\nTP. Hồ Chí Minh" --terms 15 \
    --cycle monthly --tax-rate 8 >/dev/null
"$cli" "${as_lan[@]}" customer add --name "Khách sạn Sông Hàn" --email ap@songhan.example \
    --address "88 Trần Phú\nĐà Nẵng" --terms 30 --tax-mode inclusive --tax-rate 10 >/dev/null
"$cli" "${as_lan[@]}" customer add --name "Green Leaf Co-working" --email finance@greenleaf.example \
    --terms 0 --tax-rate 8 >/dev/null
for day in 03 10 17 24; do
    "$cli" "${as_lan[@]}" tx add --type income --wallet Cash --amount 1850000 \
        --date "$last_month-$day" --reference "customer:$binh" --note "Giao cà phê hạt $day" >/dev/null
done
"$cli" "${as_lan[@]}" billing run-monthly --month "$last_month" >/dev/null
hotel=$("$cli" "${as_lan[@]}" invoice create --customer "Khách sạn Sông Hàn" --note "Cảm ơn quý khách!")
"$cli" "${as_lan[@]}" invoice add-line "$hotel" --description "Cà phê pha máy cho sảnh" --quantity 120 --unit-price 45000 >/dev/null
"$cli" "${as_lan[@]}" invoice add-line "$hotel" --description "Bánh ngọt buổi sáng" --quantity 60 --unit-price 35000 --discount 5 >/dev/null
"$cli" "${as_lan[@]}" invoice add-line "$hotel" --description "Thuê máy pha (tháng)" --quantity 1 --unit-price 1500000 --tax-rate 8 >/dev/null
hotel_no=$("$cli" "${as_lan[@]}" invoice issue "$hotel")
"$cli" "${as_lan[@]}" payment register --customer "Khách sạn Sông Hàn" --amount 5000000 \
    --method "bank transfer" --reference "VCB-88231" --wallet Cash >/dev/null
wrong=$("$cli" "${as_lan[@]}" invoice create --customer "Khách sạn Sông Hàn")
"$cli" "${as_lan[@]}" invoice add-line "$wrong" --description "Cà phê pha máy" --quantity 10 --unit-price 45000 >/dev/null
"$cli" "${as_lan[@]}" invoice cancel "$("$cli" "${as_lan[@]}" invoice issue "$wrong")" --reason "Billed twice" >/dev/null
green=$("$cli" "${as_lan[@]}" invoice create --customer "Green Leaf Co-working")
"$cli" "${as_lan[@]}" invoice add-line "$green" --description "Cà phê cho sự kiện khai trương" --quantity 1 --unit-price 3200000 >/dev/null
"$cli" "${as_lan[@]}" invoice issue "$green" >/dev/null
"$cli" "${as_lan[@]}" billing mark-overdue --as-of "$(date -d tomorrow +%F)" --out "$work/reminders" >/dev/null
draft=$("$cli" "${as_lan[@]}" invoice create --customer "Green Leaf Co-working")
"$cli" "${as_lan[@]}" invoice add-line "$draft" --description "Cà phê hội thảo" --quantity 40 --unit-price 30000 >/dev/null
# The PDF as printed, first page, for the README.
"$cli" "${as_lan[@]}" invoice pdf "$hotel_no" --out "$work/hotel.pdf" >/dev/null
pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$work/hotel.pdf" "$out/invoice-pdf-demo"

# One app run: start it in language $1 (file suffix $2), on the generated book when
# the next argument is --db (signed in as demo; --db-signin: at the sign-in dialog),
# then for each "name:keys" step press the keys (or type text=...), wait, and save
# the screen as name$2.png.
shoot() {
    local lang=$1 suffix=$2
    shift 2
    local home="$work/home-$lang-$RANDOM"
    mkdir -p "$home"
    local args=(--lang "$lang" --theme "${SHOT_THEME:-light}")
    local scale=${SHOT_SCALE:-1} width=$((1280 * ${SHOT_SCALE:-1})) height=$((800 * ${SHOT_SCALE:-1}))
    [[ "${1:-}" == --db ]] && { args+=(--db "$book" --user demo); shift; }
    [[ "${1:-}" == --db-as ]] && { args+=(--db "$book" --user "$2"); shift 2; }
    local dialog_only=
    [[ "${1:-}" == --db-signin ]] && { args+=(--db "$book"); dialog_only=1; shift; }
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        QT_SCALE_FACTOR="$scale" "$app" "${args[@]}" &
    local pid=$!
    local window
    window=$(xdotool search --sync --onlyvisible --pid "$pid" --name 'Coffer|Sign in|Đăng nhập' | head -1)
    if [[ -n $dialog_only ]]; then
        xdotool windowmove "$window" 0 0 windowactivate "$window"
    else
        xdotool windowmove "$window" 0 0 windowsize "$window" "$width" "$height" windowactivate "$window"
    fi
    sleep 2
    for step in "$@"; do
        local name=${step%%:*} keys=${step#*:}
        for key in $keys; do
            case $key in
            text=*) xdotool type --delay 40 "${key#text=}" ;;
            click=*) # click=X,Y on the screen
                local at=${key#click=}
                xdotool mousemove "${at%,*}" "${at#*,}" click 1 ;;
            *) xdotool key "$key" ;;
            esac
            sleep 0.6
        done
        sleep 1.2
        if [[ -n $dialog_only ]]; then
            import -window "$window" "$out/$name$suffix.png"
        else
            import -window root -crop "${width}x${height}+0+0" +repage "$out/$name$suffix.png"
        fi
        echo "saved $out/$name$suffix.png"
    done
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}

run_all() {
    local lang=$1 suffix=$2
    shoot "$lang" "$suffix" "welcome:"
    shoot "$lang" "$suffix" --db \
        "dashboard:ctrl+1" "wallets:ctrl+2" "categories:ctrl+3" "transactions:ctrl+4" \
        "transfers:ctrl+5" "income-dialog:ctrl+2 ctrl+i text=150000" \
        "expense-dialog:Escape ctrl+d text=12.5" \
        "transfer-dialog:Escape ctrl+t" "wallet-dialog:Escape ctrl+shift+n" \
        "connection-dialog:Escape ctrl+shift+o" "preferences:Escape ctrl+comma" \
        "payouts:Escape ctrl+6" "batch-dialog:click=300,170 ctrl+a $batch" \
        "payouts-reconciliation:Escape $reconcile" "payouts-all:$showall" "proof-viewer:$openproof" \
        "customers:Escape Escape ctrl+7" "customer-dialog:$newcustomer" \
        "payment-dialog:Escape $payment" \
        "invoices:Escape ctrl+8" "invoice-editor:$newinvoice" "billing-jobs:Escape $billing" \
        "users:Escape Escape ctrl+9" "user-dialog:$newuser text=hoa" "audit:Escape ctrl+0" \
        "totp-dialog:$account text=coffer-demo Return"
    shoot "$lang" "$suffix" --db-signin "sign-in:text=demo Tab text=coffer-demo"
}

# A private X server for the whole run, with a window manager so that dialogs get
# their title bars and the keyboard focus as on a desktop.
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 2560x1600x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
export DISPLAY=$display
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
openbox >/dev/null 2>&1 &
sleep 1
if [[ "${SHOT_ONLY:-}" != payee ]]; then
    account="alt+a o" newuser="alt+n" showall="alt+s End alt+y text=42 Return" openproof="alt+r" \
        newcustomer="alt+n" payment="alt+y alt+a text=5000000" billing="alt+b alt+r" \
        newinvoice="alt+n click=420,228 text=Espresso Tab text=12 Tab text=185000 Tab Tab Tab" \
        batch="alt+u" reconcile="alt+s Home Down Down" run_all en ""
    account="alt+k m" newuser="alt+m" showall="alt+i End alt+l text=42 Return" openproof="alt+m" \
        newcustomer="alt+i" payment="alt+o alt+s text=5000000" billing="alt+l alt+l" \
        newinvoice="alt+i click=420,228 text=Espresso Tab text=12 Tab text=185000 Tab Tab Tab" \
        batch="alt+y" reconcile="alt+i Home Down Down" run_all vi "-vi"
    # The dark look at 200% scaling (a high-density screen).
    SHOT_THEME=dark SHOT_SCALE=2 shoot en "-dark-200" --db "dashboard:ctrl+1" "wallets:ctrl+2" \
        "transactions:ctrl+4" "income-dialog:ctrl+2 ctrl+i text=150000"
fi

# The payee's own screens, signed in as Vy (creator 42): a tip, a bonus not settled
# yet, a PayPal account she adds herself, and an instant payout she asked for
# (held); a Venmo handle she removed. Taken last, so the screens above do not see them.
vy="Nguyễn Thị Vy"
as_vy=(--db "$book" --user "$vy")
"$cli" "${as_demo[@]}" payee credit --owner-id 42 --type tip --amount 350000 --note "Livestream tips" >/dev/null
"$cli" "${as_demo[@]}" payee credit --owner-id 42 --type bonus --amount 2000000 \
    --available-on "$(date -d '+10 days' +%F)" --note "Spring campaign" >/dev/null
paypal=$("$cli" "${as_vy[@]}" method add --owner-id 42 --kind paypal --details "vy.nguyen@example.com" |
    sed -n 's/^added method \([0-9]*\):.*/\1/p')
venmo=$("$cli" "${as_vy[@]}" method add --owner-id 42 --kind venmo --details "@vy-creates" |
    sed -n 's/^added method \([0-9]*\):.*/\1/p')
"$cli" "${as_vy[@]}" method remove "$venmo" >/dev/null
"$cli" "${as_vy[@]}" payout request --owner-id 42 --amount 1500000 --method "$paypal" --instant >/dev/null
# The method dialog with an IBAN whose check digits are wrong: the core's refusal
# stays under the details.
shoot en "" --db-as "$vy" "payee-wallet:ctrl+1" "payee-request:ctrl+shift+r text=2000000 alt+i" \
    "payee-methods:Escape ctrl+2" "payee-method-error:ctrl+shift+m Tab text=GB00WEST12345698765432 Return"
shoot vi "-vi" --db-as "$vy" "payee-wallet:ctrl+1" "payee-request:ctrl+shift+r text=2000000 alt+t" \
    "payee-methods:Escape ctrl+2" "payee-method-error:ctrl+shift+m Tab text=GB00WEST12345698765432 Return"
