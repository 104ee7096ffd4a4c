//! The llama architecture's forward pass over `f32` weights, every sum in a fixed order.

use crate::{gguf::Gguf, Error};

/// Lanes of every dot product: eight partial sums, each in input order, added pairwise at the
/// end. The order is the source's, so SSE, AVX or scalar code gives the same bits (Rust never
/// fuses a multiply and an add).
const LANES: usize = 8;

/// The dot product of `a` and `b` (equal lengths), in the fixed order above.
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
	let mut acc = [0f32; LANES];
	let (ca, cb) = (a.chunks_exact(LANES), b.chunks_exact(LANES));
	let mut tail = 0f32;
	for (x, y) in ca.remainder().iter().zip(cb.remainder()) {
		tail += x * y;
	}
	for (x, y) in ca.zip(cb) {
		for ((acc, x), y) in acc.iter_mut().zip(x).zip(y) {
			*acc += x * y;
		}
	}
	let [a0, a1, a2, a3, a4, a5, a6, a7] = acc;
	((a0 + a4) + (a1 + a5)) + ((a2 + a6) + (a3 + a7)) + tail
}

/// A row-major matrix: `rows` rows of `cols` values.
pub struct Matrix {
	rows: usize,
	cols: usize,
	values: Vec<f32>,
}

impl Matrix {
	fn load(gguf: &Gguf, name: &str, rows: usize, cols: usize) -> Result<Self, Error> {
		let (dims, values) = gguf.tensor(name)?;
		if dims != [cols as u64, rows as u64] {
			return Err(Error::Malformed(format!("{name} is {dims:?}, not [{cols}, {rows}]")));
		}
		Ok(Self { rows, cols, values })
	}

	fn row(&self, r: usize) -> &[f32] {
		self.values.get(r * self.cols..(r + 1) * self.cols).unwrap_or(&[])
	}

	/// `out[t] = self · xs[t]` for each of the `xs.len() / cols` inputs, rows shared among
	/// `threads` threads. Each output is one [`dot`], whoever computes it.
	fn apply(&self, xs: &[f32], threads: usize) -> Vec<f32> {
		let n = xs.len() / self.cols;
		let mut out = vec![0f32; n * self.rows];
		let per = self.rows.div_ceil(threads.max(1));
		let parts: Vec<(usize, Vec<f32>)> = std::thread::scope(|scope| {
			let handles: Vec<_> = (0..self.rows)
				.step_by(per.max(1))
				.map(|first| {
					let last = (first + per).min(self.rows);
					scope.spawn(move || {
						let mut part = Vec::with_capacity((last - first) * n);
						for r in first..last {
							let row = self.row(r);
							part.extend(xs.chunks_exact(self.cols).map(|x| dot(row, x)));
						}
						(first, part)
					})
				})
				.collect();
			// A worker's panic is a bug: raise it here rather than leave its rows at zero.
			handles
				.into_iter()
				.map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
				.collect()
		});
		for (first, part) in parts {
			for (i, value) in part.into_iter().enumerate() {
				let (r, t) = (first + i / n, i % n);
				if let Some(slot) = out.get_mut(t * self.rows + r) {
					*slot = value;
				}
			}
		}
		out
	}
}

/// The shape of the network.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
	/// Width of the residual stream.
	pub embedding: usize,
	/// Transformer blocks.
	pub layers: usize,
	/// Query heads.
	pub heads: usize,
	/// Key/value heads (grouped-query attention).
	pub kv_heads: usize,
	/// Width of the feed-forward layer.
	pub feed_forward: usize,
	/// Tokens in the vocabulary.
	pub vocabulary: usize,
}

impl Shape {
	fn head(&self) -> usize {
		self.embedding / self.heads
	}
}

struct Layer {
	attn_norm: Vec<f32>,
	q: Matrix,
	k: Matrix,
	v: Matrix,
	o: Matrix,
	ffn_norm: Vec<f32>,
	gate: Matrix,
	up: Matrix,
	down: Matrix,
}

/// The network's weights.
pub struct Model {
	/// Its shape.
	pub shape: Shape,
	embeddings: Matrix,
	layers: Vec<Layer>,
	output_norm: Vec<f32>,
	/// The output projection when not tied to the embeddings.
	output: Option<Matrix>,
	eps: f32,
	/// `cos`, `sin` of each position's angle per rotated pair, for `positions` positions.
	rope: Vec<(f32, f32)>,
	positions: usize,
}

/// Keys and values of the positions seen so far.
pub struct Cache {
	/// Per layer: `positions × kv_heads × head` keys, then values.
	keys: Vec<Vec<f32>>,
	values: Vec<Vec<f32>>,
	/// Positions cached.
	pub len: usize,
}

fn vector(gguf: &Gguf, name: &str, len: usize) -> Result<Vec<f32>, Error> {
	let (dims, values) = gguf.tensor(name)?;
	if dims != [len as u64] {
		return Err(Error::Malformed(format!("{name} is {dims:?}, not [{len}]")));
	}
	Ok(values)
}

fn rms_norm(x: &[f32], weight: &[f32], eps: f32) -> Vec<f32> {
	let mean = dot(x, x) / x.len() as f32;
	let scale = 1.0 / libm::sqrtf(mean + eps);
	x.iter().zip(weight).map(|(x, w)| x * scale * w).collect()
}

fn silu(x: f32) -> f32 {
	x / (1.0 + libm::expf(-x))
}

impl Model {
	/// The weights of a llama-architecture `gguf`, dequantized, with rotary tables for
	/// `positions` positions.
	///
	/// # Errors
	/// When a hyper-parameter or tensor is missing or misshapen.
	pub fn load(gguf: &Gguf, positions: usize) -> Result<Self, Error> {
		let arch = match gguf.metadata.get("general.architecture") {
			Some(crate::gguf::Value::Str(a)) => a.clone(),
			_ => return Err(Error::Missing("general.architecture".into())),
		};
		if arch != "llama" {
			return Err(Error::Unsupported(format!("architecture {arch}")));
		}
		let shape = Shape {
			embedding: gguf.usize("llama.embedding_length")?,
			layers: gguf.usize("llama.block_count")?,
			heads: gguf.usize("llama.attention.head_count")?,
			kv_heads: gguf.usize("llama.attention.head_count_kv")?,
			feed_forward: gguf.usize("llama.feed_forward_length")?,
			vocabulary: gguf.strings("tokenizer.ggml.tokens")?.len(),
		};
		if shape.heads == 0
			|| shape.kv_heads == 0
			|| !shape.embedding.is_multiple_of(shape.heads)
			|| !shape.heads.is_multiple_of(shape.kv_heads)
			|| !shape.head().is_multiple_of(2)
		{
			return Err(Error::Malformed(format!("heads of {shape:?}")));
		}
		let (e, f, kv) = (shape.embedding, shape.feed_forward, shape.kv_heads * shape.head());
		let mut layers = Vec::with_capacity(shape.layers);
		for l in 0..shape.layers {
			let name = |t: &str| format!("blk.{l}.{t}.weight");
			layers.push(Layer {
				attn_norm: vector(gguf, &name("attn_norm"), e)?,
				q: Matrix::load(gguf, &name("attn_q"), e, e)?,
				k: Matrix::load(gguf, &name("attn_k"), kv, e)?,
				v: Matrix::load(gguf, &name("attn_v"), kv, e)?,
				o: Matrix::load(gguf, &name("attn_output"), e, e)?,
				ffn_norm: vector(gguf, &name("ffn_norm"), e)?,
				gate: Matrix::load(gguf, &name("ffn_gate"), f, e)?,
				up: Matrix::load(gguf, &name("ffn_up"), f, e)?,
				down: Matrix::load(gguf, &name("ffn_down"), e, f)?,
			});
		}
		let output = match gguf.tensors.contains_key("output.weight") {
			true => Some(Matrix::load(gguf, "output.weight", shape.vocabulary, e)?),
			false => None,
		};
		let base = gguf.float("llama.rope.freq_base").unwrap_or(10_000.0);
		let eps = gguf.float("llama.attention.layer_norm_rms_epsilon")? as f32;
		// Angles in f64 with libm's correctly rounded-or-not-but-portable functions, rounded to
		// f32 once: the same table on every machine.
		let pairs = shape.head() / 2;
		let mut rope = Vec::with_capacity(positions * pairs);
		for p in 0..positions {
			for i in 0..pairs {
				let theta = libm::pow(base, -((2 * i) as f64) / shape.head() as f64);
				let angle = p as f64 * theta;
				rope.push((libm::cos(angle) as f32, libm::sin(angle) as f32));
			}
		}
		Ok(Self {
			shape,
			embeddings: Matrix::load(gguf, "token_embd.weight", shape.vocabulary, e)?,
			layers,
			output_norm: vector(gguf, "output_norm.weight", e)?,
			output,
			eps,
			rope,
			positions,
		})
	}

	/// The most positions a [`Cache`] can hold.
	pub fn positions(&self) -> usize {
		self.positions
	}

	/// An empty cache.
	pub fn cache(&self) -> Cache {
		let n = self.shape.layers;
		Cache { keys: vec![Vec::new(); n], values: vec![Vec::new(); n], len: 0 }
	}

	/// Rotates each pair `(x[2i], x[2i+1])` of every head by position `p`'s angles.
	fn rotate(&self, x: &mut [f32], p: usize) {
		let pairs = self.shape.head() / 2;
		let table = self.rope.get(p * pairs..(p + 1) * pairs).unwrap_or(&[]);
		for head in x.chunks_exact_mut(self.shape.head()) {
			for (pair, (cos, sin)) in head.chunks_exact_mut(2).zip(table) {
				let (a, b) = (pair[0], pair[1]);
				pair[0] = a * cos - b * sin;
				pair[1] = a * sin + b * cos;
			}
		}
	}

	/// Runs `tokens` after the cached positions and returns the logits after the last one.
	/// Feeding a prompt at once or a token at a time gives the same bits: every value is
	/// computed by the same sums either way.
	///
	/// # Errors
	/// [`Error::ContextFull`] past [`Model::positions`]; [`Error::Malformed`] for a token
	/// outside the vocabulary.
	pub fn forward(
		&self,
		tokens: &[u32],
		cache: &mut Cache,
		threads: usize,
	) -> Result<Vec<f32>, Error> {
		let (e, head) = (self.shape.embedding, self.shape.head());
		let kv = self.shape.kv_heads * head;
		let start = cache.len;
		if start + tokens.len() > self.positions {
			return Err(Error::ContextFull(self.positions));
		}
		let mut x = Vec::with_capacity(tokens.len() * e);
		for token in tokens {
			if *token as usize >= self.shape.vocabulary {
				return Err(Error::Malformed(format!("token {token}")));
			}
			x.extend_from_slice(self.embeddings.row(*token as usize));
		}
		let group = self.shape.heads / self.shape.kv_heads;
		let scale = 1.0 / libm::sqrtf(head as f32);
		for ((layer, keys), values) in
			self.layers.iter().zip(&mut cache.keys).zip(&mut cache.values)
		{
			let h: Vec<f32> =
				x.chunks_exact(e).flat_map(|x| rms_norm(x, &layer.attn_norm, self.eps)).collect();
			let mut q = layer.q.apply(&h, threads);
			let mut k = layer.k.apply(&h, threads);
			let v = layer.v.apply(&h, threads);
			for (t, (q, k)) in q.chunks_exact_mut(e).zip(k.chunks_exact_mut(kv)).enumerate() {
				self.rotate(q, start + t);
				self.rotate(k, start + t);
			}
			keys.extend_from_slice(&k);
			values.extend_from_slice(&v);
			let mut attended = vec![0f32; tokens.len() * e];
			for (t, (q, out)) in q.chunks_exact(e).zip(attended.chunks_exact_mut(e)).enumerate() {
				let seen = start + t + 1;
				for (hq, (q, out)) in
					q.chunks_exact(head).zip(out.chunks_exact_mut(head)).enumerate()
				{
					let kvh = hq / group;
					let at = |p: usize| p * kv + kvh * head..p * kv + (kvh + 1) * head;
					let scores: Vec<f32> =
						(0..seen).map(|p| dot(q, keys.get(at(p)).unwrap_or(&[])) * scale).collect();
					let max = scores.iter().fold(f32::NEG_INFINITY, |m, s| m.max(*s));
					let weights: Vec<f32> = scores.iter().map(|s| libm::expf(s - max)).collect();
					let total: f32 = weights.iter().fold(0.0, |sum, w| sum + w);
					for (p, w) in weights.iter().enumerate() {
						let w = w / total;
						for (o, v) in out.iter_mut().zip(values.get(at(p)).unwrap_or(&[])) {
							*o += w * v;
						}
					}
				}
			}
			let projected = layer.o.apply(&attended, threads);
			for (x, p) in x.iter_mut().zip(projected) {
				*x += p;
			}
			let h: Vec<f32> =
				x.chunks_exact(e).flat_map(|x| rms_norm(x, &layer.ffn_norm, self.eps)).collect();
			let gate = layer.gate.apply(&h, threads);
			let up = layer.up.apply(&h, threads);
			let mixed: Vec<f32> = gate.iter().zip(&up).map(|(g, u)| silu(*g) * u).collect();
			let down = layer.down.apply(&mixed, threads);
			for (x, d) in x.iter_mut().zip(down) {
				*x += d;
			}
		}
		cache.len = start + tokens.len();
		let last = x.chunks_exact(e).last().ok_or(Error::Malformed("no tokens".into()))?;
		let normed = rms_norm(last, &self.output_norm, self.eps);
		Ok(self.output.as_ref().unwrap_or(&self.embeddings).apply(&normed, threads))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn dot_is_the_same_for_any_split_of_the_work() {
		let a: Vec<f32> = (0..1003).map(|i| ((i * 7919) % 101) as f32 / 37.0 - 1.3).collect();
		let b: Vec<f32> = (0..1003).map(|i| ((i * 104_729) % 89) as f32 / 13.0 - 3.1).collect();
		let whole = dot(&a, &b);
		let exact: f64 = a.iter().zip(&b).map(|(x, y)| f64::from(*x) * f64::from(*y)).sum();
		assert!((f64::from(whole) - exact).abs() < 1e-3 * exact.abs().max(1.0));
		let m = Matrix { rows: 3, cols: 1003, values: [a.clone(), b.clone(), a.clone()].concat() };
		for threads in 1..=4 {
			let out = m.apply(&[b.clone(), a.clone()].concat(), threads);
			assert_eq!(out, vec![whole, dot(&b, &b), whole, dot(&a, &a), dot(&b, &a), dot(&a, &a)]);
		}
	}
}
