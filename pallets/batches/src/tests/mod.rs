mod audit;
mod dispute;
mod escrow;
mod migration;
mod settle;
