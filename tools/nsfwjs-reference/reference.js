// The three images must stay identical to MobileNetBackboneTest.image(seed).
const tf = require('@tensorflow/tfjs');
const nsfwjs = require('nsfwjs');
function image(seed) { // deterministic 224x224 RGB pattern, 0..255
  const data = new Float32Array(224*224*3);
  for (let y=0;y<224;y++) for (let x=0;x<224;x++) for (let c=0;c<3;c++) {
    const v = seed==0 ? (x*255/223) : seed==1 ? ((Math.floor(x/28)+Math.floor(y/28))%2)*255*(c==seed%3?1:0.5) : (((x*7+y*13+c*31)*(seed+3))%256);
    data[(y*224+x)*3+c] = Math.floor(v);
  }
  return tf.tensor3d(data, [224,224,3]);
}
(async () => {
  const model = await nsfwjs.load("MobileNetV2");
  const out = [];
  for (let s=0;s<3;s++) {
    const img = image(s);
    const logits = model.infer(img);
    out.push(Array.from(await logits.data()));
  }
  console.log(JSON.stringify(out));
})();
