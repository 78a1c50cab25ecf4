"Text BitFit: zero-shot CLIP whose text tower trains its biases only — a method of your own, as a plugin."
import copy
import torch.nn as nn
from rethinkprompt.clip import Backbone
from rethinkprompt.prompts import cosine_logits
from rethinkprompt.methods import Method, register_method

class TextBitFitHead(nn.Module):
    "Class weights from a copy of the text tower whose biases train; at the start exactly zero-shot CLIP."
    def __init__(self, clip, classnames, template='a photo of a {}.'):
        super().__init__()
        self.text = Backbone(copy.deepcopy(clip.model), clip.name, clip.pretrained, clip.tokenizer, clip.device)
        self.tokens, self.logit_scale = clip.tokenize([template.format(c.replace('_', ' ')) for c in classnames]), clip.logit_scale
        self.biases = nn.ParameterList([p for n, p in self.text.model.named_parameters()
                                        if n.endswith('bias') and not n.startswith('visual.')])
        for p in self.biases: p.requires_grad_(True)
    def forward(self, feats): return cosine_logits(feats, self.text.encode_text(self.tokens), self.logit_scale)

def configs(s):   # one run per draw: the plan's longest budget, CoOp's lr and optimiser
    return [{**s.at, 'template': s.template, 'epochs': max(s.grid), 'lr': 2e-3, 'views': s.views, 'precision': s.precision}]

def compute(c, d):
    make = lambda: TextBitFitHead(d.clip, d.ds.classnames, c['template'])
    return d.train(make, c['epochs'], c['lr'], precision=c['precision'])[1]

register_method(Method('text_bitfit', 'Text BitFit', 'teal', 'single', configs, compute, family='biases',
                       params=lambda clip, k: sum(p.numel() for n, p in clip.model.named_parameters()
                                                  if n.endswith('bias') and not n.startswith('visual.'))))
