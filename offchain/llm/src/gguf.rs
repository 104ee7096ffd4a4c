//! A reader of GGUF files (version 2 and 3): metadata and tensors, checked against the file's
//! length before any is read.

use crate::Error;
use std::collections::BTreeMap;

/// A metadata value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
	/// Any integer type.
	Int(i128),
	/// `f32` or `f64`.
	Float(f64),
	/// A boolean.
	Bool(bool),
	/// A UTF-8 string.
	Str(String),
	/// An array of values.
	Array(Vec<Value>),
}

/// The element types this reader knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TensorType {
	/// `f32`.
	F32,
	/// IEEE half precision.
	F16,
	/// Blocks of 32: an `f16` scale `d`, an `f16` minimum `m`, 32 nibbles `q`; `x = d·q + m`.
	Q4_1,
	/// Blocks of 32: an `f16` scale `d`, 32 signed bytes `q`; `x = d·q`.
	Q8_0,
}

impl TensorType {
	fn from_code(code: u32) -> Result<Self, Error> {
		match code {
			0 => Ok(Self::F32),
			1 => Ok(Self::F16),
			3 => Ok(Self::Q4_1),
			8 => Ok(Self::Q8_0),
			other => Err(Error::Unsupported(format!("tensor type {other}"))),
		}
	}

	/// Bytes taken by `elements` elements (a whole number of blocks).
	fn bytes(self, elements: u64) -> Result<u64, Error> {
		let (block, size) = match self {
			Self::F32 => (1, 4),
			Self::F16 => (1, 2),
			Self::Q4_1 => (32, 20),
			Self::Q8_0 => (32, 34),
		};
		if !elements.is_multiple_of(block) {
			return Err(Error::Malformed(format!("{elements} elements are not whole blocks")));
		}
		(elements / block).checked_mul(size).ok_or(Error::Malformed("tensor size".into()))
	}
}

/// A tensor's place in the file.
#[derive(Clone, Debug)]
pub struct TensorInfo {
	/// Its dimensions, innermost first (`dims[0]` elements are contiguous).
	pub dims: Vec<u64>,
	/// Its element type.
	pub kind: TensorType,
	/// Its bytes, as a range of the file.
	pub range: std::ops::Range<usize>,
}

impl TensorInfo {
	/// The number of elements.
	pub fn elements(&self) -> u64 {
		self.dims.iter().product()
	}
}

/// A parsed GGUF file: its metadata and the places of its tensors in `bytes`.
pub struct Gguf {
	/// The file.
	pub bytes: Vec<u8>,
	/// Metadata by key.
	pub metadata: BTreeMap<String, Value>,
	/// Tensors by name.
	pub tensors: BTreeMap<String, TensorInfo>,
}

struct Cursor<'a> {
	bytes: &'a [u8],
	at: usize,
}

impl<'a> Cursor<'a> {
	fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
		let end = self.at.checked_add(n).filter(|end| *end <= self.bytes.len());
		let end = end.ok_or(Error::Malformed(format!("truncated at byte {}", self.at)))?;
		let taken = self.bytes.get(self.at..end).ok_or(Error::Malformed("truncated".into()))?;
		self.at = end;
		Ok(taken)
	}

	fn array<const N: usize>(&mut self) -> Result<[u8; N], Error> {
		let mut out = [0u8; N];
		out.copy_from_slice(self.take(N)?);
		Ok(out)
	}

	fn u32(&mut self) -> Result<u32, Error> {
		Ok(u32::from_le_bytes(self.array()?))
	}

	fn u64(&mut self) -> Result<u64, Error> {
		Ok(u64::from_le_bytes(self.array()?))
	}

	fn len(&mut self) -> Result<usize, Error> {
		let n = self.u64()?;
		// Every item takes at least one byte: a count beyond the file is malformed.
		usize::try_from(n)
			.ok()
			.filter(|n| *n <= self.bytes.len())
			.ok_or(Error::Malformed(format!("length {n} beyond the file")))
	}

	fn string(&mut self) -> Result<String, Error> {
		let n = self.len()?;
		String::from_utf8(self.take(n)?.to_vec()).map_err(|_| Error::Malformed("string".into()))
	}

	fn value(&mut self, kind: u32, depth: u32) -> Result<Value, Error> {
		Ok(match kind {
			0 => Value::Int(self.array::<1>()?[0].into()),
			1 => Value::Int(i8::from_le_bytes(self.array()?).into()),
			2 => Value::Int(u16::from_le_bytes(self.array()?).into()),
			3 => Value::Int(i16::from_le_bytes(self.array()?).into()),
			4 => Value::Int(self.u32()?.into()),
			5 => Value::Int(i32::from_le_bytes(self.array()?).into()),
			6 => Value::Float(f32::from_le_bytes(self.array()?).into()),
			7 => Value::Bool(self.array::<1>()?[0] != 0),
			8 => Value::Str(self.string()?),
			9 if depth == 0 => {
				let item = self.u32()?;
				let n = self.len()?;
				let mut items = Vec::with_capacity(n.min(1 << 16));
				for _ in 0..n {
					items.push(self.value(item, 1)?);
				}
				Value::Array(items)
			}
			10 => Value::Int(self.u64()?.into()),
			11 => Value::Int(i64::from_le_bytes(self.array()?).into()),
			12 => Value::Float(f64::from_le_bytes(self.array()?)),
			other => return Err(Error::Malformed(format!("metadata type {other}"))),
		})
	}
}

impl Gguf {
	/// Parses `bytes`.
	///
	/// # Errors
	/// [`Error::Malformed`] for anything but a well-formed GGUF v2/v3 file whose tensors lie
	/// inside it; [`Error::Unsupported`] for element types other than [`TensorType`]'s.
	pub fn parse(bytes: Vec<u8>) -> Result<Self, Error> {
		let mut cursor = Cursor { bytes: &bytes, at: 0 };
		if cursor.take(4)? != b"GGUF" {
			return Err(Error::Malformed("not a GGUF file".into()));
		}
		let version = cursor.u32()?;
		if !(2..=3).contains(&version) {
			return Err(Error::Unsupported(format!("GGUF version {version}")));
		}
		let tensor_count = cursor.len()?;
		let metadata_count = cursor.len()?;
		let mut metadata = BTreeMap::new();
		for _ in 0..metadata_count {
			let key = cursor.string()?;
			let kind = cursor.u32()?;
			metadata.insert(key, cursor.value(kind, 0)?);
		}
		let mut infos = Vec::with_capacity(tensor_count);
		for _ in 0..tensor_count {
			let name = cursor.string()?;
			let n_dims = cursor.u32()?;
			if n_dims > 4 {
				return Err(Error::Malformed(format!("{name}: {n_dims} dimensions")));
			}
			let dims = (0..n_dims).map(|_| cursor.u64()).collect::<Result<Vec<_>, _>>()?;
			let kind = TensorType::from_code(cursor.u32()?)?;
			let offset = cursor.u64()?;
			infos.push((name, dims, kind, offset));
		}
		let alignment = match metadata.get("general.alignment") {
			Some(Value::Int(a)) => u64::try_from(*a).ok().filter(|a| *a > 0),
			_ => Some(32),
		}
		.ok_or(Error::Malformed("alignment".into()))?;
		let header = cursor.at as u64;
		let data = header.div_ceil(alignment).saturating_mul(alignment);
		let mut tensors = BTreeMap::new();
		for (name, dims, kind, offset) in infos {
			let elements = dims.iter().try_fold(1u64, |n, d| n.checked_mul(*d));
			let elements = elements.ok_or(Error::Malformed(format!("{name}: size")))?;
			let size = kind.bytes(elements)?;
			let start = data.checked_add(offset);
			let end = start.and_then(|s| s.checked_add(size)).filter(|e| *e <= bytes.len() as u64);
			let (Some(start), Some(end)) = (start, end) else {
				return Err(Error::Malformed(format!("{name} lies outside the file")));
			};
			let range = usize::try_from(start).unwrap_or(usize::MAX)
				..usize::try_from(end).unwrap_or(usize::MAX);
			tensors.insert(name, TensorInfo { dims, kind, range });
		}
		Ok(Self { bytes, metadata, tensors })
	}

	/// An integer metadata value.
	///
	/// # Errors
	/// [`Error::Missing`] when absent or not an integer.
	pub fn int(&self, key: &str) -> Result<i128, Error> {
		match self.metadata.get(key) {
			Some(Value::Int(v)) => Ok(*v),
			_ => Err(Error::Missing(key.into())),
		}
	}

	/// An integer metadata value as a `usize`.
	///
	/// # Errors
	/// [`Error::Missing`] when absent, not an integer, or out of range.
	pub fn usize(&self, key: &str) -> Result<usize, Error> {
		usize::try_from(self.int(key)?).map_err(|_| Error::Missing(key.into()))
	}

	/// A float metadata value.
	///
	/// # Errors
	/// [`Error::Missing`] when absent or not a float.
	pub fn float(&self, key: &str) -> Result<f64, Error> {
		match self.metadata.get(key) {
			Some(Value::Float(v)) => Ok(*v),
			_ => Err(Error::Missing(key.into())),
		}
	}

	/// An array of strings.
	///
	/// # Errors
	/// [`Error::Missing`] when absent or not an array of strings.
	pub fn strings(&self, key: &str) -> Result<Vec<&str>, Error> {
		let Some(Value::Array(items)) = self.metadata.get(key) else {
			return Err(Error::Missing(key.into()));
		};
		items
			.iter()
			.map(|v| match v {
				Value::Str(s) => Ok(s.as_str()),
				_ => Err(Error::Missing(key.into())),
			})
			.collect()
	}

	/// A tensor's values as `f32`, with its dimensions.
	///
	/// # Errors
	/// [`Error::Missing`] when there is no such tensor.
	pub fn tensor(&self, name: &str) -> Result<(Vec<u64>, Vec<f32>), Error> {
		let info = self.tensors.get(name).ok_or(Error::Missing(name.into()))?;
		let bytes = self.bytes.get(info.range.clone()).ok_or(Error::Missing(name.into()))?;
		Ok((info.dims.clone(), crate::quant::dequantize(info.kind, bytes)))
	}
}
