mod audit;
mod dispute;
mod escrow;
mod settle;
