mod audit;
mod escrow;
mod settle;
