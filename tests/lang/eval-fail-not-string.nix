# ! needs a boolean
!"a"
