/** How a lookalike host imitates Amazon, in words: shared by the sender and link texts. Keys are LookalikeTechnique. */
export const LOOKALIKE_EN: Record<string, string> = {
  homoglyph: 'uses letters that only look like those of',
  'mixed-script': 'mixes in Cyrillic or Greek letters that look like those of',
  'edit-distance': 'differs by one letter from',
  'combo-squat': 'adds extra words to the name of',
  'brand-subdomain': 'puts "amazon" in front of an unrelated domain, imitating',
  'target-embedding': 'puts the real Amazon name in front of an unrelated domain, imitating',
  'tld-swap': 'uses the Amazon name under an ending Amazon does not use, imitating',
  'missing-dot': 'drops the dots from',
  punycode: 'uses look-alike international characters to imitate',
};
export const LOOKALIKE_JA: Record<string, string> = {
  homoglyph: 'に見せかけるため、見た目がそっくりな別の文字を使っています',
  'mixed-script': 'に似せるため、ロシア語やギリシャ語のそっくりな文字を混ぜています',
  'edit-distance': 'と1文字だけ違う名前です',
  'combo-squat': 'の名前に余計な単語を付け足した名前です',
  'brand-subdomain': 'に見せかけるため、無関係なドメインの前に「amazon」を付けています',
  'target-embedding': 'に見せかけるため、本物の Amazon の名前を無関係なドメインの前に付けています',
  'tld-swap': 'の名前に、Amazon が使っていない末尾（.xyz など）を付けた名前です',
  'missing-dot': 'からドット（.）を抜いた名前です',
  punycode: 'に見せかけるため、そっくりな外国語の文字を使っています',
};

