def checksum(data):
    return sum(data) & 0xFF
packet = bytearray([0x7E, 0x01, 0x02, 0x03])
packet.append(checksum(packet[1:]))
print(packet, len(packet), hex(packet[-1]), list(packet))
frame = bytes(packet)
print(frame[1:4], frame[0] == 0x7E, frame.decode("latin-1") if False else frame.hex() if hasattr(frame, "hex") else list(frame))
