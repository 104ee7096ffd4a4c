//! Dequantization: what the quantized weights mean, exactly, as `f32`.
//!
//! Each value is `d·q + m` (Q4_1) or `d·q` (Q8_0) with `d` and `m` converted exactly from
//! half precision: one rounding per value, the same on every CPU.

use crate::gguf::TensorType;

/// The `f32` equal to IEEE half-precision `bits` (every half is exactly an `f32`).
pub fn f16_to_f32(bits: u16) -> f32 {
	let sign = u32::from(bits >> 15) << 31;
	let exponent = u32::from((bits >> 10) & 0x1f);
	let mantissa = u32::from(bits & 0x3ff);
	let magnitude = match (exponent, mantissa) {
		(0, 0) => 0,
		// Subnormal: mantissa · 2^-24, exact in f32.
		(0, m) => return sign_of(sign) * (m as f32) * libm::ldexpf(1.0, -24),
		(0x1f, m) => 0x7f80_0000 | (m << 13),
		(e, m) => ((e + 127 - 15) << 23) | (m << 13),
	};
	f32::from_bits(sign | magnitude)
}

fn sign_of(sign: u32) -> f32 {
	if sign == 0 {
		1.0
	} else {
		-1.0
	}
}

fn half(bytes: &[u8], at: usize) -> f32 {
	let lo = bytes.get(at).copied().unwrap_or(0);
	let hi = bytes.get(at + 1).copied().unwrap_or(0);
	f16_to_f32(u16::from_le_bytes([lo, hi]))
}

/// The values of `bytes`, a tensor of type `kind` (whole blocks; the reader checked that).
pub fn dequantize(kind: TensorType, bytes: &[u8]) -> Vec<f32> {
	match kind {
		TensorType::F32 => {
			bytes.chunks_exact(4).map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect()
		}
		TensorType::F16 => bytes.chunks_exact(2).map(|b| half(b, 0)).collect(),
		TensorType::Q4_1 => {
			let mut out = Vec::with_capacity(bytes.len() / 20 * 32);
			for block in bytes.chunks_exact(20) {
				let (d, m) = (half(block, 0), half(block, 2));
				let nibbles = &block[4..20];
				// The low nibbles are values 0..16, the high ones 16..32.
				out.extend(nibbles.iter().map(|q| d * f32::from(q & 0x0f) + m));
				out.extend(nibbles.iter().map(|q| d * f32::from(q >> 4) + m));
			}
			out
		}
		TensorType::Q8_0 => {
			let mut out = Vec::with_capacity(bytes.len() / 34 * 32);
			for block in bytes.chunks_exact(34) {
				let d = half(block, 0);
				out.extend(block[2..34].iter().map(|q| d * f32::from(*q as i8)));
			}
			out
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn halves_convert_exactly() {
		assert_eq!(f16_to_f32(0x3c00), 1.0);
		assert_eq!(f16_to_f32(0xc000), -2.0);
		assert_eq!(f16_to_f32(0x7bff), 65504.0);
		assert_eq!(f16_to_f32(0x0001), libm::ldexpf(1.0, -24));
		assert_eq!(f16_to_f32(0x8001), -libm::ldexpf(1.0, -24));
		assert_eq!(f16_to_f32(0x3555), 0.333_251_95);
		assert!(f16_to_f32(0x7c00).is_infinite());
		assert!(f16_to_f32(0x7e00).is_nan());
	}

	#[test]
	fn a_q4_1_block_is_scale_times_nibble_plus_minimum() {
		// d = 0.5, m = -1.0; nibble j holds j (low) and 15 - j (high).
		let mut block = vec![0x00, 0x38, 0x00, 0xbc];
		block.extend((0u8..16).map(|j| j | ((15 - j) << 4)));
		let values = dequantize(TensorType::Q4_1, &block);
		assert_eq!(values.len(), 32);
		for j in 0..16 {
			assert_eq!(values[j], 0.5 * j as f32 - 1.0);
			assert_eq!(values[16 + j], 0.5 * (15 - j) as f32 - 1.0);
		}
	}

	#[test]
	fn a_q8_0_block_is_scale_times_signed_byte() {
		let mut block = vec![0x00, 0x40];
		block.extend((0..32).map(|j: i32| (j - 16) as i8 as u8));
		let values = dequantize(TensorType::Q8_0, &block);
		assert_eq!(values, (0..32).map(|j| 2.0 * (j - 16) as f32).collect::<Vec<_>>());
	}
}
