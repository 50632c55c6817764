import StakeMap
